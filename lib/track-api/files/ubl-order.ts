import { isoDate } from "./dates";
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

/** UBL 2.1 Order (sent by the buyer) or OrderResponse (the seller accepting it). */
export function ublOrder(model: DocumentModel, options: UblOptions) {
  const response = model.type === "orderResponse";
  const { currency } = model;
  const buyer = el("cac:BuyerCustomerParty", ublParty(model.buyer));
  const seller = el("cac:SellerSupplierParty", ublParty(model.seller));
  return ublRoot(
    model,
    options,
    el("cbc:ID", model.number),
    el("cbc:IssueDate", model.issueDate),
    el("cbc:IssueTime", model.issueTime),
    response && el("cbc:OrderResponseCode", "AP"),
    el("cbc:DocumentCurrencyCode", currency),
    response && el("cac:OrderReference", el("cbc:ID", model.orderReference)),
    response ? [seller, buyer] : [buyer, seller],
    el(
      "cac:Delivery",
      el(
        "cac:RequestedDeliveryPeriod",
        el("cbc:StartDate", isoDate(model.issueDate, 7)),
        el("cbc:EndDate", isoDate(model.issueDate, 14)),
      ),
    ),
    ublTaxTotal(model),
    ublMonetaryTotal(response ? "cac:LegalMonetaryTotal" : "cac:AnticipatedMonetaryTotal", model),
    model.lines.map((line) =>
      el(
        "cac:OrderLine",
        el(
          "cac:LineItem",
          el("cbc:ID", line.number),
          response && el("cbc:LineStatusCode", "5"),
          el("cbc:Quantity", { unitCode: line.item.unit.code }, line.quantity),
          amount("cbc:LineExtensionAmount", line.net, currency),
          ublPrice(line, model),
          ublItem(line, model),
        ),
      ),
    ),
  );
}
