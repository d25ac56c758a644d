import type { Format } from "@/lib/domain/enums";
import { renderEdifact } from "./edifact-message";
import { renderFinvoice } from "./finvoice";
import type { DocumentModel } from "./model";
import { DOCUMENT_TITLES, renderDocumentPdf } from "./pdf-document";
import { renderTeappsXml } from "./teappsxml";
import { renderUbl } from "./ubl";

/** How the data file of a transaction is written in its format. */
export interface DocumentRenderer {
  extension: string;
  mediaType: string;
  render(model: DocumentModel): Buffer;
}

const xml = (render: (model: DocumentModel) => Buffer): DocumentRenderer => ({
  extension: "xml",
  mediaType: "application/xml",
  render,
});

const RENDERERS: Record<Format, DocumentRenderer> = {
  peppolBis3: xml((model) => renderUbl(model, true)),
  ubl21: xml((model) => renderUbl(model, false)),
  // NOTE: Finvoice only describes invoices and credit notes; other documents in a Finvoice flow travel as UBL 2.1.
  finvoice3: xml((model) =>
    model.type === "invoice" || model.type === "creditNote" ? renderFinvoice(model) : renderUbl(model, false),
  ),
  teappsxml3: xml(renderTeappsXml),
  edifact: { extension: "edi", mediaType: "application/edifact", render: renderEdifact },
  pdf: {
    extension: "pdf",
    mediaType: "application/pdf",
    render: (model) => renderDocumentPdf(model, { title: DOCUMENT_TITLES[model.type], prices: true }),
  },
};

/** The renderer of a format; a transaction without a known format is shown as UBL 2.1. */
export function documentRenderer(format: Format | null): DocumentRenderer {
  return (format && RENDERERS[format]) || RENDERERS.ubl21;
}
