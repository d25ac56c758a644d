import type { DocumentType } from "@/lib/domain/enums";
import type { DocumentLine } from "./lines";
import type { DocumentModel } from "./model";
import { formatCents, formatRate, type Cents } from "./money";
import type { PartyDetails } from "./parties";
import { el, type XmlChild } from "./xml";

/** UBL 2.1 root element names. */
export const UBL_ROOTS: Record<DocumentType, string> = {
  invoice: "Invoice",
  creditNote: "CreditNote",
  order: "Order",
  orderResponse: "OrderResponse",
  despatchAdvice: "DespatchAdvice",
  invoiceResponse: "ApplicationResponse",
};

/** PEPPOL BIS 3 customization and profile of each document type. */
const BILLING: [string, string] = [
  "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
  "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0",
];
const PEPPOL: Record<DocumentType, [customization: string, profile: string]> = {
  invoice: BILLING,
  creditNote: BILLING,
  order: ["urn:fdc:peppol.eu:poacc:trns:order:3", "urn:fdc:peppol.eu:poacc:bis:ordering:3"],
  orderResponse: ["urn:fdc:peppol.eu:poacc:trns:order_response:3", "urn:fdc:peppol.eu:poacc:bis:ordering:3"],
  despatchAdvice: ["urn:fdc:peppol.eu:poacc:trns:despatch_advice:3", "urn:fdc:peppol.eu:poacc:bis:despatch_advice:3"],
  invoiceResponse: [
    "urn:fdc:peppol.eu:poacc:trns:invoice_response:3",
    "urn:fdc:peppol.eu:poacc:bis:invoice_response:3",
  ],
};

export interface UblOptions {
  peppol: boolean;
}

/** The root's namespace declarations followed by the version/customization header. */
export function ublRoot(model: DocumentModel, options: UblOptions, ...children: XmlChild[]) {
  const root = UBL_ROOTS[model.type];
  const [customization, profile] = PEPPOL[model.type];
  return el(
    root,
    {
      xmlns: `urn:oasis:names:specification:ubl:schema:xsd:${root}-2`,
      "xmlns:cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
      "xmlns:cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    },
    options.peppol
      ? [el("cbc:CustomizationID", customization), el("cbc:ProfileID", profile)]
      : el("cbc:UBLVersionID", "2.1"),
    children,
  );
}

export const amount = (name: string, cents: Cents, currency: string) =>
  el(name, { currencyID: currency }, formatCents(cents));

/** A `cac:Party` (inside AccountingSupplierParty, BuyerCustomerParty and the like). */
export const ublParty = (party: PartyDetails) => el("cac:Party", ublPartyContent(party, false));

/** The content of a PartyType; `compact` is the ApplicationResponse shape (ids and legal name only). */
export function ublPartyContent(party: PartyDetails, compact: boolean): XmlChild[] {
  const endpoint = el("cbc:EndpointID", { schemeID: party.scheme }, party.id);
  const identification = el("cac:PartyIdentification", el("cbc:ID", { schemeID: party.scheme }, party.id));
  const legal = el(
    "cac:PartyLegalEntity",
    el("cbc:RegistrationName", party.name),
    !compact && el("cbc:CompanyID", party.companyId),
  );
  if (compact) return [endpoint, identification, legal];
  return [
    endpoint,
    identification,
    el("cac:PartyName", el("cbc:Name", party.name)),
    el(
      "cac:PostalAddress",
      el("cbc:StreetName", party.street),
      el("cbc:CityName", party.city),
      el("cbc:PostalZone", party.postalCode),
      el("cac:Country", el("cbc:IdentificationCode", party.country)),
    ),
    el("cac:PartyTaxScheme", el("cbc:CompanyID", party.vatId), el("cac:TaxScheme", el("cbc:ID", "VAT"))),
    legal,
  ];
}

function taxCategory(name: string, model: DocumentModel) {
  return el(
    name,
    el("cbc:ID", model.vatCategory),
    el("cbc:Percent", formatRate(model.vatRate)),
    el("cac:TaxScheme", el("cbc:ID", "VAT")),
  );
}

export function ublTaxTotal(model: DocumentModel) {
  const { net, vat } = model.totals;
  return el(
    "cac:TaxTotal",
    amount("cbc:TaxAmount", vat, model.currency),
    el(
      "cac:TaxSubtotal",
      amount("cbc:TaxableAmount", net, model.currency),
      amount("cbc:TaxAmount", vat, model.currency),
      taxCategory("cac:TaxCategory", model),
    ),
  );
}

/** `LegalMonetaryTotal` / `AnticipatedMonetaryTotal`: lines, net, gross and payable. */
export function ublMonetaryTotal(name: string, model: DocumentModel) {
  const { net, gross } = model.totals;
  return el(
    name,
    amount("cbc:LineExtensionAmount", net, model.currency),
    amount("cbc:TaxExclusiveAmount", net, model.currency),
    amount("cbc:TaxInclusiveAmount", gross, model.currency),
    amount("cbc:PayableAmount", gross, model.currency),
  );
}

export function ublItem(line: DocumentLine, model: DocumentModel, withTax = true) {
  return el(
    "cac:Item",
    el("cbc:Name", line.item.name),
    el("cac:SellersItemIdentification", el("cbc:ID", line.item.id)),
    withTax && taxCategory("cac:ClassifiedTaxCategory", model),
  );
}

export const ublPrice = (line: DocumentLine, model: DocumentModel) =>
  el("cac:Price", amount("cbc:PriceAmount", line.unitPrice, model.currency));
