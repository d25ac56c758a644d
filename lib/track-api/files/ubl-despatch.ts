import type { DocumentModel } from "./model";
import { ublItem, ublParty, ublRoot, type UblOptions } from "./ubl-common";
import { el } from "./xml";

/** UBL 2.1 DespatchAdvice: what the supplier shipped against an order, quantities only. */
export function ublDespatchAdvice(model: DocumentModel, options: UblOptions) {
  return ublRoot(
    model,
    options,
    el("cbc:ID", model.number),
    el("cbc:IssueDate", model.issueDate),
    el("cbc:IssueTime", model.issueTime),
    el("cac:OrderReference", el("cbc:ID", model.orderReference)),
    el("cac:DespatchSupplierParty", ublParty(model.seller)),
    el("cac:DeliveryCustomerParty", ublParty(model.buyer)),
    el(
      "cac:Shipment",
      el("cbc:ID", `SHP-${model.number}`),
      el("cac:Delivery", el("cac:Despatch", el("cbc:ActualDespatchDate", model.issueDate))),
    ),
    model.lines.map((line) =>
      el(
        "cac:DespatchLine",
        el("cbc:ID", line.number),
        el("cbc:DeliveredQuantity", { unitCode: line.item.unit.code }, Math.abs(line.quantity)),
        el("cac:OrderLineReference", el("cbc:LineID", line.number)),
        ublItem(line, model, false),
      ),
    ),
  );
}
