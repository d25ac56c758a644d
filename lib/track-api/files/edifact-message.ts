import { edifactAperak } from "./edifact-aperak";
import { edifactDesadv } from "./edifact-desadv";
import { edifactInvoic } from "./edifact-invoic";
import { edifactOrders } from "./edifact-orders";
import type { DocumentModel } from "./model";

/** Renders the document as a UN/EDIFACT D.96A interchange (ISO 8859-1 bytes, syntax UNOC). */
export function renderEdifact(model: DocumentModel): Buffer {
  switch (model.type) {
    case "invoice":
    case "creditNote":
      return edifactInvoic(model);
    case "order":
    case "orderResponse":
      return edifactOrders(model);
    case "despatchAdvice":
      return edifactDesadv(model);
    case "invoiceResponse":
      return edifactAperak(model);
  }
}
