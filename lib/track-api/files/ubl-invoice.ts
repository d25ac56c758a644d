import type { DocumentModel } from "./model";
import {
  amount,
  ublItem,
  ublMonetaryTotal,
  ublParty,
  ublPrice,
  ublRoot,
  ublTaxTotal,
  type UblOptions,
} from "./ubl-common";
import { el } from "./xml";

/** UBL 2.1 Invoice or CreditNote (EN 16931 shape, as PEPPOL BIS Billing 3.0 expects it). */
export function ublInvoice(model: DocumentModel, options: UblOptions) {
  const credit = model.type === "creditNote";
  const { currency } = model;
  return ublRoot(
    model,
    options,
    el("cbc:ID", model.number),
    el("cbc:IssueDate", model.issueDate),
    !credit && el("cbc:DueDate", model.dueDate),
    credit ? el("cbc:CreditNoteTypeCode", "381") : el("cbc:InvoiceTypeCode", "380"),
    el("cbc:DocumentCurrencyCode", currency),
    el("cbc:BuyerReference", model.orderReference),
    el("cac:OrderReference", el("cbc:ID", model.orderReference)),
    credit && el("cac:BillingReference", el("cac:InvoiceDocumentReference", el("cbc:ID", model.invoiceReference))),
    el("cac:AccountingSupplierParty", ublParty(model.seller)),
    el("cac:AccountingCustomerParty", ublParty(model.buyer)),
    el("cac:Delivery", el("cbc:ActualDeliveryDate", model.deliveryDate)),
    !credit &&
      el(
        "cac:PaymentMeans",
        el("cbc:PaymentMeansCode", { name: "Credit transfer" }, "30"),
        el("cbc:PaymentID", model.paymentReference),
        el(
          "cac:PayeeFinancialAccount",
          el("cbc:ID", model.seller.iban),
          el("cac:FinancialInstitutionBranch", el("cbc:ID", model.seller.bic)),
        ),
      ),
    !credit && el("cac:PaymentTerms", el("cbc:Note", `Net ${model.paymentTermsDays} days`)),
    ublTaxTotal(model),
    ublMonetaryTotal("cac:LegalMonetaryTotal", model),
    model.lines.map((line) =>
      el(
        credit ? "cac:CreditNoteLine" : "cac:InvoiceLine",
        el("cbc:ID", line.number),
        el(credit ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity", { unitCode: line.item.unit.code }, line.quantity),
        amount("cbc:LineExtensionAmount", line.net, currency),
        ublItem(line, model),
        ublPrice(line, model),
      ),
    ),
  );
}
