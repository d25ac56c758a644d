import type { DocumentModel } from "./model";
import { ublDespatchAdvice } from "./ubl-despatch";
import { ublInvoice } from "./ubl-invoice";
import { ublOrder } from "./ubl-order";
import { ublInvoiceResponse } from "./ubl-response";
import { renderXml } from "./xml";

/** Renders the document as UBL 2.1; `peppol` adds the PEPPOL BIS 3 customization and profile. */
export function renderUbl(model: DocumentModel, peppol: boolean): Buffer {
  const options = { peppol };
  switch (model.type) {
    case "invoice":
    case "creditNote":
      return renderXml(ublInvoice(model, options));
    case "order":
    case "orderResponse":
      return renderXml(ublOrder(model, options));
    case "despatchAdvice":
      return renderXml(ublDespatchAdvice(model, options));
    case "invoiceResponse":
      return renderXml(ublInvoiceResponse(model, options));
  }
}
