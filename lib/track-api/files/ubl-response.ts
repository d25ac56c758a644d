import type { DocumentModel } from "./model";
import { ublParty, ublRoot, type UblOptions } from "./ubl-common";
import { el } from "./xml";

/** UBL 2.1 ApplicationResponse carrying an invoice response (PEPPOL BIS Invoice Response 3.0 shape). */
export function ublInvoiceResponse(model: DocumentModel, options: UblOptions) {
  return ublRoot(
    model,
    options,
    el("cbc:ID", model.number),
    el("cbc:IssueDate", model.issueDate),
    el("cbc:IssueTime", model.issueTime),
    el("cac:SenderParty", ublParty(model.sender, true)),
    el("cac:ReceiverParty", ublParty(model.receiver, true)),
    el(
      "cac:DocumentResponse",
      el(
        "cac:Response",
        el("cbc:ResponseCode", { listID: "UNCL4343OpSubset" }, model.response.code),
        el("cbc:EffectiveDate", model.issueDate),
        el("cac:Status", el("cbc:StatusReason", model.response.text)),
      ),
      el("cac:DocumentReference", el("cbc:ID", model.invoiceReference), el("cbc:DocumentTypeCode", "380")),
    ),
  );
}
