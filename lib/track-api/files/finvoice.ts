import { compactDate } from "./dates";
import type { DocumentModel } from "./model";
import { formatCents, formatRate, type Cents } from "./money";
import type { PartyDetails } from "./parties";
import { el, renderXml } from "./xml";

/** OpusCapita's Finnish e-invoice operator id, the intermediator of messages it carries. */
const OPUSCAPITA_INTERMEDIATOR = "E204503";

const finDate = (name: string, date: string) => el(name, { Format: "CCYYMMDD" }, compactDate(date));

function party(role: "Seller" | "Buyer", party: PartyDetails) {
  return [
    el(
      `${role}PartyDetails`,
      el(`${role}PartyIdentifier`, party.companyId),
      el(`${role}OrganisationName`, party.name),
      el(`${role}OrganisationTaxCode`, party.vatId),
      el(
        `${role}PostalAddressDetails`,
        el(`${role}StreetName`, party.street),
        el(`${role}TownName`, party.city),
        el(`${role}PostCodeIdentifier`, party.postalCode),
        el("CountryCode", party.country),
      ),
    ),
    el(`${role}OrganisationUnitNumber`, party.ediAddress),
  ];
}

/**
 * Finvoice 3.0 invoice or credit note (INV02). Decimal comma, as Finvoice writes amounts.
 * NOTE: a Finvoice credit note carries negative amounts, so its totals are the negated credited amount.
 */
export function renderFinvoice(model: DocumentModel): Buffer {
  const credit = model.type === "creditNote";
  const sign = credit ? -1 : 1;
  const money = (name: string, cents: Cents) =>
    el(name, { AmountCurrencyIdentifier: model.currency }, formatCents(sign * cents + 0, ","));
  const { seller, buyer, totals } = model;
  const rate = formatRate(model.vatRate, ",");
  return renderXml(
    el(
      "Finvoice",
      {
        Version: "3.0",
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:noNamespaceSchemaLocation": "Finvoice3.0.xsd",
      },
      el(
        "MessageTransmissionDetails",
        el(
          "MessageSenderDetails",
          el("FromIdentifier", seller.ediAddress),
          el("FromIntermediator", OPUSCAPITA_INTERMEDIATOR),
        ),
        el("MessageReceiverDetails", el("ToIdentifier", buyer.ediAddress), el("ToIntermediator", buyer.bic)),
        el(
          "MessageDetails",
          el("MessageIdentifier", model.number),
          el("MessageTimeStamp", `${model.issueDate}T${model.issueTime}`),
        ),
      ),
      party("Seller", seller),
      el(
        "SellerInformationDetails",
        el(
          "SellerAccountDetails",
          el("SellerAccountID", { IdentificationSchemeName: "IBAN" }, seller.iban),
          el("SellerBic", { IdentificationSchemeName: "BIC" }, seller.bic),
        ),
      ),
      party("Buyer", buyer),
      el("DeliveryDetails", finDate("DeliveryDate", model.deliveryDate)),
      el(
        "InvoiceDetails",
        el("InvoiceTypeCode", credit ? "INV02" : "INV01"),
        el("InvoiceTypeCodeUN", credit ? "381" : "380"),
        el("InvoiceTypeText", credit ? "HYVITYSLASKU" : "LASKU"),
        el("OriginCode", "Original"),
        el("InvoiceNumber", model.number),
        finDate("InvoiceDate", model.issueDate),
        credit && el("OriginalInvoiceNumber", model.invoiceReference),
        el("OrderIdentifier", model.orderReference),
        money("InvoiceTotalVatExcludedAmount", totals.net),
        money("InvoiceTotalVatAmount", totals.vat),
        money("InvoiceTotalVatIncludedAmount", totals.gross),
        el(
          "VatSpecificationDetails",
          money("VatBaseAmount", totals.net),
          el("VatRatePercent", rate),
          el("VatCode", model.vatCategory),
          money("VatRateAmount", totals.vat),
        ),
        el(
          "PaymentTermsDetails",
          el("PaymentTermsFreeText", `${model.paymentTermsDays} päivää netto`),
          finDate("InvoiceDueDate", model.dueDate),
          el(
            "PaymentOverDueFineDetails",
            el("PaymentOverDueFineFreeText", "Viivästyskorko 8 %"),
            el("PaymentOverDueFinePercent", "8"),
          ),
        ),
      ),
      model.lines.map((line) =>
        el(
          "InvoiceRow",
          el("ArticleIdentifier", line.item.id),
          el("ArticleName", line.item.name),
          el("InvoicedQuantity", { QuantityUnitCode: line.item.unit.finvoice }, sign * line.quantity),
          el("UnitPriceAmount", { AmountCurrencyIdentifier: model.currency }, formatCents(line.unitPrice, ",")),
          el("RowVatRatePercent", rate),
          el("RowVatCode", model.vatCategory),
          money("RowVatExcludedAmount", line.net),
        ),
      ),
      el(
        "EpiDetails",
        el("EpiIdentificationDetails", finDate("EpiDate", model.issueDate), el("EpiReference", "0")),
        el(
          "EpiPartyDetails",
          el("EpiBfiPartyDetails", el("EpiBfiIdentifier", { IdentificationSchemeName: "BIC" }, seller.bic)),
          el(
            "EpiBeneficiaryPartyDetails",
            el("EpiNameAddressDetails", seller.name),
            el("EpiBei", seller.companyId),
            el("EpiAccountID", { IdentificationSchemeName: "IBAN" }, seller.iban),
          ),
        ),
        el(
          "EpiPaymentInstructionDetails",
          el(
            "EpiRemittanceInfoIdentifier",
            { IdentificationSchemeName: "SPY" },
            model.paymentReference.padStart(20, "0"),
          ),
          money("EpiInstructedAmount", totals.gross),
          el("EpiCharge", { ChargeOption: "SHA" }, "SHA"),
          finDate("EpiDateOptionDate", model.dueDate),
        ),
      ),
    ),
  );
}
