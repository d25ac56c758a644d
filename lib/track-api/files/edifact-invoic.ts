import { interchange, segment } from "./edifact";
import { dtm, lineSegments, moa, nad, taxSegment } from "./edifact-common";
import type { DocumentModel } from "./model";

/** INVOIC D.96A for an invoice (BGM 380) or a credit note (BGM 381). */
export function edifactInvoic(model: DocumentModel): Buffer {
  const credit = model.type === "creditNote";
  const { net, vat, gross } = model.totals;
  const [supplier, ...supplierReferences] = nad("SU", model.seller);
  return interchange(model, "INVOIC", [
    segment("BGM", credit ? "381" : "380", model.number, "9"),
    dtm("137", model.issueDate),
    dtm("35", model.deliveryDate),
    segment("RFF", ["ON", model.orderReference]),
    ...(credit ? [segment("RFF", ["IV", model.invoiceReference])] : []),
    supplier,
    segment("FII", "RB", model.seller.iban, [model.seller.bic, "25", "17"]),
    ...supplierReferences,
    ...nad("BY", model.buyer),
    segment("CUX", ["2", model.currency, "4"]),
    ...(credit ? [] : [segment("PAT", "1", null, ["5", "3", "D", model.paymentTermsDays]), dtm("13", model.dueDate)]),
    ...model.lines.flatMap((line) => lineSegments(line, model, { quantity: "47", priced: true })),
    segment("UNS", "S"),
    segment("CNT", ["2", model.lines.length]),
    moa("77", gross),
    moa("79", net),
    moa("125", net),
    moa("176", vat),
    taxSegment(model),
    moa("124", vat),
  ]);
}
