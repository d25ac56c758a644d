import { interchange, segment } from "./edifact";
import { dtm, nad } from "./edifact-common";
import type { DocumentModel } from "./model";

/** APERAK D.96A carrying an invoice response: the referenced invoice and the UNCL4343 status. */
export function edifactAperak(model: DocumentModel): Buffer {
  return interchange(model, "APERAK", [
    segment("BGM", "305", model.number, "9"),
    dtm("137", model.issueDate),
    segment("RFF", ["IV", model.invoiceReference]),
    ...nad("MS", model.sender, false),
    ...nad("MR", model.receiver, false),
    segment("ERC", model.response.code),
    segment("FTX", "AAO", null, null, model.response.text),
  ]);
}
