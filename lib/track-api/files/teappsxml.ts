import type { DocumentType } from "@/lib/domain/enums";
import { compactDate } from "./dates";
import type { DocumentModel } from "./model";
import { formatCents, formatRate, type Cents } from "./money";
import type { PartyDetails } from "./parties";
import { el, renderXml } from "./xml";

const DOCUMENT_NAMES: Record<DocumentType, string> = {
  invoice: "INVOICE",
  creditNote: "CREDIT_NOTE",
  order: "ORDER",
  orderResponse: "ORDER_RESPONSE",
  despatchAdvice: "DESPATCH_ADVICE",
  invoiceResponse: "INVOICE_RESPONSE",
};

const date = (name: string, value: string) => el(name, { FORMAT: "CCYYMMDD" }, compactDate(value));

function party(name: string, party: PartyDetails) {
  return el(
    name,
    el("PARTY_ID", { SCHEME: party.scheme }, party.id),
    el("PARTY_NAME", party.name),
    el("BUSINESS_ID", party.companyId),
    el("VAT_NUMBER", party.vatId),
    el("EDI_ADDRESS", party.ediAddress),
    el(
      "ADDRESS",
      el("STREET", party.street),
      el("POSTAL_CODE", party.postalCode),
      el("CITY", party.city),
      el("COUNTRY_CODE", party.country),
    ),
  );
}

/** TEAPPSXML 3.0-style document: header, parties, rows and totals (quantities only for despatch advices). */
export function renderTeappsXml(model: DocumentModel): Buffer {
  const money = (name: string, cents: Cents) => el(name, { CURRENCY: model.currency }, formatCents(cents));
  const priced = model.type !== "despatchAdvice" && model.type !== "invoiceResponse";
  const billing = model.type === "invoice" || model.type === "creditNote";
  const rate = formatRate(model.vatRate);
  return renderXml(
    el(
      "TEAPPSXML",
      { TEAPPSXML_VERSION: "3.0" },
      el(
        "DOCUMENT_HEADER",
        el("DOCUMENT_NAME_CODE", DOCUMENT_NAMES[model.type]),
        el("DOCUMENT_NUMBER", model.number),
        date("DOCUMENT_DATE", model.issueDate),
        el("DOCUMENT_TIME", model.issueTime),
        el("ORDER_NUMBER", model.orderReference),
        model.type === "creditNote" && el("ORIGINAL_INVOICE_NUMBER", model.invoiceReference),
        billing && date("DUE_DATE", model.dueDate),
        billing && date("DELIVERY_DATE", model.deliveryDate),
        priced && el("CURRENCY_CODE", model.currency),
        model.type === "invoice" &&
          el(
            "PAYMENT_DETAILS",
            el("PAYMENT_TERMS", `Net ${model.paymentTermsDays} days`),
            el("PAYMENT_REFERENCE", model.paymentReference),
            el("ACCOUNT", { IBAN: model.seller.iban, BIC: model.seller.bic }),
          ),
      ),
      el("DOCUMENT_PARTIES", party("SELLER_PARTY", model.seller), party("BUYER_PARTY", model.buyer)),
      model.type === "invoiceResponse"
        ? el(
            "RESPONSE",
            el("RESPONSE_CODE", model.response.code),
            el("RESPONSE_TEXT", model.response.text),
            el("REFERENCED_INVOICE_NUMBER", model.invoiceReference),
          )
        : el(
            "DOCUMENT_ROWS",
            model.lines.map((line) =>
              el(
                "ROW",
                el("ROW_NUMBER", line.number),
                el("ARTICLE_NUMBER", line.item.id),
                el("ARTICLE_NAME", line.item.name),
                el("QUANTITY", { UNIT: line.item.unit.code }, priced ? line.quantity : Math.abs(line.quantity)),
                priced && [
                  money("UNIT_PRICE", line.unitPrice),
                  el("VAT_PERCENT", rate),
                  money("ROW_AMOUNT_VAT_EXCLUDED", line.net),
                ],
              ),
            ),
          ),
      priced &&
        el(
          "DOCUMENT_TOTALS",
          money("AMOUNT_VAT_EXCLUDED", model.totals.net),
          money("VAT_AMOUNT", model.totals.vat),
          money("AMOUNT_VAT_INCLUDED", model.totals.gross),
          el(
            "VAT_SPECIFICATION",
            el("VAT_CODE", model.vatCategory),
            el("VAT_PERCENT", rate),
            money("VAT_BASE_AMOUNT", model.totals.net),
            money("VAT_AMOUNT", model.totals.vat),
          ),
        ),
    ),
  );
}
