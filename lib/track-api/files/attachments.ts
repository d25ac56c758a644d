import type { DocumentType } from "@/lib/domain/enums";
import type { DocumentModel } from "./model";
import { writePdf } from "./pdf";
import { DOCUMENT_TITLES, pdfInfo, renderDocumentPdf } from "./pdf-document";
import { MARGIN, PdfLayout, RIGHT } from "./pdf-layout";
import { textWidth } from "./pdf-text";

type Variant = "copy" | "quantities" | "text";
interface AttachmentKind {
  title: string;
  variant: Variant;
}

/** What is typically attached to each document type; attachments beyond the list cycle through it. */
const KINDS: Record<DocumentType, AttachmentKind[]> = {
  invoice: [
    { title: "Invoice image", variant: "copy" },
    { title: "Delivery note", variant: "quantities" },
    { title: "Terms and conditions", variant: "text" },
  ],
  creditNote: [
    { title: "Credit note image", variant: "copy" },
    { title: "Return note", variant: "quantities" },
  ],
  order: [
    { title: "Order copy", variant: "copy" },
    { title: "Terms and conditions", variant: "text" },
  ],
  orderResponse: [{ title: "Order confirmation", variant: "copy" }],
  despatchAdvice: [
    { title: "Delivery note", variant: "quantities" },
    { title: "Packing list", variant: "quantities" },
  ],
  invoiceResponse: [{ title: "Response details", variant: "text" }],
};

/** Title and file-name slug of the `index`-th (1-based) attachment. */
export function attachmentKind(type: DocumentType, index: number): AttachmentKind & { slug: string } {
  const kinds = KINDS[type];
  const kind = kinds[(index - 1) % kinds.length];
  const slug = kind.title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return { ...kind, slug: index > kinds.length ? `${slug}-${index}` : slug };
}

function paragraphs(model: DocumentModel, title: string): string[] {
  if (model.type === "invoiceResponse") {
    return [
      `${model.sender.name} has processed invoice ${model.invoiceReference} from ${model.receiver.name}.`,
      `Status: ${model.response.text} (${model.response.code}), effective ${model.issueDate}.`,
      "Questions about this response can be sent to the buyer's accounts payable team, quoting the invoice number.",
    ];
  }
  const document = `${DOCUMENT_TITLES[model.type].toLowerCase()} ${model.number}`;
  return [
    `${title} for ${document} between ${model.seller.name} (seller) and ${model.buyer.name} (buyer).`,
    `Payment terms are net ${model.paymentTermsDays} days from the invoice date. Interest on late payment is ` +
      `charged at 8 % per annum, and a reminder fee of 5.00 ${model.currency} may apply.`,
    "Goods remain the property of the seller until paid in full. Complaints about delivered goods must be made " +
      "within 14 days of delivery.",
    "Delivery terms are FCA seller's premises (Incoterms 2020) unless otherwise agreed in writing.",
  ];
}

/** Greedy word wrap to `width` points at 10 pt. */
function wrap(text: string, width: number): string[] {
  const rows: string[] = [];
  let row = "";
  for (const word of text.split(/\s+/)) {
    const candidate = row ? `${row} ${word}` : word;
    if (row && textWidth(candidate, 10) > width) {
      rows.push(row);
      row = word;
    } else row = candidate;
  }
  return row ? [...rows, row] : rows;
}

function renderTextPdf(model: DocumentModel, title: string): Buffer {
  const layout = new PdfLayout();
  layout.text(MARGIN, title.toUpperCase(), { size: 18, bold: true }).down(22);
  const document = `${DOCUMENT_TITLES[model.type].toLowerCase()} ${model.number}`;
  layout.text(MARGIN, `Attachment to ${document}, ${model.issueDate}`).down(24);
  for (const paragraph of paragraphs(model, title)) {
    for (const row of wrap(paragraph, RIGHT - MARGIN)) layout.text(MARGIN, row, { size: 10 }).down(14);
    layout.down(8);
  }
  return writePdf(layout.finish(`${title} - ${model.number}`), pdfInfo(model, title));
}

/** The `index`-th (1-based) attachment as a PDF: a copy of the document, a delivery note or a text page. */
export function renderAttachment(model: DocumentModel, index: number): Buffer {
  const { title, variant } = attachmentKind(model.type, index);
  if (variant === "text") return renderTextPdf(model, title);
  return renderDocumentPdf(model, { title, prices: variant === "copy" });
}
