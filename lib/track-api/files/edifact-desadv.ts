import { isoDate } from "./dates";
import { interchange, segment } from "./edifact";
import { dtm, lineSegments, nad } from "./edifact-common";
import type { DocumentModel } from "./model";

/** DESADV D.96A: one consignment with the despatched quantities of the order lines. */
export function edifactDesadv(model: DocumentModel): Buffer {
  return interchange(model, "DESADV", [
    segment("BGM", "351", model.number, "9"),
    dtm("137", model.issueDate),
    dtm("11", model.issueDate),
    dtm("17", isoDate(model.issueDate, 2)),
    segment("RFF", ["ON", model.orderReference]),
    ...nad("SU", model.seller, false),
    ...nad("BY", model.buyer, false),
    segment("CPS", "1"),
    ...model.lines.flatMap((line) =>
      lineSegments({ ...line, quantity: Math.abs(line.quantity) }, model, { quantity: "12", priced: false }),
    ),
    segment("CNT", ["2", model.lines.length]),
  ]);
}
