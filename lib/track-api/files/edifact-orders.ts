import { isoDate } from "./dates";
import { interchange, segment } from "./edifact";
import { dtm, lineSegments, moa, nad } from "./edifact-common";
import type { DocumentModel } from "./model";

/** ORDERS D.96A (BGM 220), or ORDRSP D.96A (BGM 231, accepted without amendment) for an order response. */
export function edifactOrders(model: DocumentModel): Buffer {
  const response = model.type === "orderResponse";
  return interchange(model, response ? "ORDRSP" : "ORDERS", [
    segment("BGM", response ? "231" : "220", model.number, response ? "29" : "9"),
    dtm("137", model.issueDate),
    dtm("2", isoDate(model.issueDate, 7)),
    ...(response ? [segment("RFF", ["ON", model.orderReference])] : []),
    ...nad("BY", model.buyer),
    ...nad("SU", model.seller),
    segment("CUX", ["2", model.currency, "9"]),
    ...model.lines.flatMap((line) =>
      lineSegments(line, model, { quantity: "21", priced: true, action: response ? "5" : undefined }),
    ),
    segment("UNS", "S"),
    moa("79", model.totals.net),
    moa("176", model.totals.vat),
    moa("86", model.totals.gross),
    segment("CNT", ["2", model.lines.length]),
  ]);
}
