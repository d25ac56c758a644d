import type { DocumentType } from "@/lib/domain/enums";
import type { DocumentModel } from "./model";
import { displayCents, formatRate } from "./money";
import type { PartyDetails } from "./parties";
import { writePdf } from "./pdf";
import { MARGIN, PdfLayout, RIGHT } from "./pdf-layout";

export const DOCUMENT_TITLES: Record<DocumentType, string> = {
  invoice: "Invoice",
  creditNote: "Credit note",
  order: "Purchase order",
  orderResponse: "Order response",
  despatchAdvice: "Despatch advice",
  invoiceResponse: "Invoice response",
};

export interface DocumentPdfOptions {
  title: string;
  /** False for delivery notes and the like: quantities only. */
  prices: boolean;
}

function partyRows(label: string, party: PartyDetails): [string, boolean][] {
  return [
    [label, true],
    [party.name, false],
    [party.street, false],
    [`${party.postalCode} ${party.city}`, false],
    [party.country, false],
    [`ID ${party.scheme ? `${party.scheme}:` : ""}${party.id}`, false],
    [`VAT ${party.vatId}`, false],
  ];
}

function facts(model: DocumentModel): [string, string][] {
  const billing = model.type === "invoice" || model.type === "creditNote";
  const rows: [string, string | false][] = [
    ["Number", model.number],
    ["Date", model.issueDate],
    ["Due date", model.type === "invoice" && model.dueDate],
    ["Delivery date", billing && model.deliveryDate],
    ["Order", model.type !== "order" && model.type !== "invoiceResponse" && model.orderReference],
    ["Credited invoice", model.type === "creditNote" && model.invoiceReference],
    ["Currency", model.type !== "despatchAdvice" && model.type !== "invoiceResponse" && model.currency],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== false);
}

function header(layout: PdfLayout, model: DocumentModel, title: string) {
  layout.text(MARGIN, title.toUpperCase(), { size: 20, bold: true, maxWidth: 330 }).down(30);
  const from = partyRows("From", model.sender);
  const to = partyRows("To", model.receiver);
  const right = facts(model);
  for (let row = 0; row < Math.max(from.length, right.length); row++) {
    if (from[row]) layout.text(MARGIN, from[row][0], { bold: from[row][1], maxWidth: 170 });
    if (to[row]) layout.text(230, to[row][0], { bold: to[row][1], maxWidth: 170 });
    if (right[row]) {
      layout.text(410, right[row][0], { bold: true }).text(RIGHT, right[row][1], { align: "right", maxWidth: 80 });
    }
    layout.down(12);
  }
  layout.down(14);
}

const bold = { bold: true };
const boldRight = { bold: true, align: "right" } as const;
const right = { align: "right" } as const;

function tableHeading(layout: PdfLayout, prices: boolean) {
  layout.box(16).text(62, "#", boldRight).text(70, "Item", bold).text(150, "Description", bold);
  layout.text(prices ? 390 : 480, "Qty", boldRight).text(prices ? 398 : 488, "Unit", bold);
  if (prices) layout.text(490, "Unit price", boldRight).text(RIGHT, "Amount", boldRight);
  layout.down(18);
}

function lines(layout: PdfLayout, model: DocumentModel, prices: boolean) {
  tableHeading(layout, prices);
  layout.onNewPage = () => tableHeading(layout, prices);
  for (const line of model.lines) {
    layout.text(62, String(line.number), right).text(70, line.item.id, { maxWidth: 75 });
    layout.text(150, line.item.name, { maxWidth: prices ? 200 : 290 });
    layout.text(prices ? 390 : 480, String(line.quantity), right);
    layout.text(prices ? 398 : 488, line.item.unit.label);
    if (prices) layout.text(490, displayCents(line.unitPrice), right).text(RIGHT, displayCents(line.net), right);
    layout.down(14, 14);
  }
  layout.onNewPage = undefined;
}

function totals(layout: PdfLayout, model: DocumentModel) {
  const { net, vat, gross } = model.totals;
  layout.down(4, 60).rule().down(16);
  const rows: [string, string, boolean][] = [
    ["Total excl. VAT", displayCents(net), false],
    [`VAT ${formatRate(model.vatRate)} %`, displayCents(vat), false],
    [`Total ${model.currency}`, displayCents(gross), true],
  ];
  for (const [label, value, strong] of rows) {
    const size = strong ? 11 : 9;
    layout.text(360, label, { bold: strong, size }).text(RIGHT, value, { bold: strong, size, align: "right" }).down(15);
  }
  if (model.type === "invoice") {
    const { iban, bic } = model.seller;
    layout.down(10, 30).text(MARGIN, `Payment: ${iban} (${bic}), reference ${model.paymentReference}`, { bold: true });
    const terms = `Terms: net ${model.paymentTermsDays} days, due ${model.dueDate}. Late payment interest 8 %.`;
    layout.down(12).text(MARGIN, terms);
  }
}

function response(layout: PdfLayout, model: DocumentModel) {
  layout.text(MARGIN, `Response to invoice ${model.invoiceReference}`, { bold: true, size: 11 }).down(18);
  layout.text(MARGIN, `Status: ${model.response.text} (${model.response.code})`).down(14);
  layout.text(MARGIN, `Effective ${model.issueDate}`).down(14);
}

/** Lays the document out on A4 pages: title, parties, key facts, lines and totals (or the response status). */
export function renderDocumentPdf(model: DocumentModel, options: DocumentPdfOptions): Buffer {
  const layout = new PdfLayout();
  header(layout, model, options.title);
  if (model.type === "invoiceResponse") {
    response(layout, model);
  } else {
    const prices = options.prices && model.type !== "despatchAdvice";
    lines(layout, model, prices);
    if (prices) totals(layout, model);
  }
  const footer = `${options.title} ${model.number} - ${model.sender.name} to ${model.receiver.name}`;
  return writePdf(layout.finish(footer), pdfInfo(model, options.title));
}

/** PDF metadata: the title, and the issue time as creation date so that the bytes stay deterministic. */
export const pdfInfo = (model: DocumentModel, title: string) => ({
  title: `${title} ${model.number}`,
  created: `${model.issueDate}T${model.issueTime}Z`,
});
