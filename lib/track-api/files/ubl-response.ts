import type { DocumentModel } from "./model";
import { ublPartyContent, ublRoot, type UblOptions } from "./ubl-common";
import { el } from "./xml";

/** UBL 2.1 ApplicationResponse carrying an invoice response (PEPPOL BIS Invoice Response 3.0 shape). */
export function ublInvoiceResponse(model: DocumentModel, options: UblOptions) {
  return ublRoot(
    model,
    options,
    el("cbc:ID", model.number),
    el("cbc:IssueDate", model.issueDate),
    el("cbc:IssueTime", model.issueTime),
    // NOTE: SenderParty and ReceiverParty are PartyType themselves, with no cac:Party inside.
    el("cac:SenderParty", ublPartyContent(model.sender, true)),
    el("cac:ReceiverParty", ublPartyContent(model.receiver, true)),
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
