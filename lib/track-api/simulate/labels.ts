import type { Channel, DocumentType, Format } from "@/lib/domain/enums";

/** How people name each format in event messages. */
export const FORMAT_LABEL: Record<Format, string> = {
  peppolBis3: "Peppol BIS 3.0",
  ubl21: "UBL 2.1",
  edifact: "EDIFACT D.96A",
  finvoice3: "Finvoice 3.0",
  teappsxml3: "TEAPPSXML 3.0",
  pdf: "PDF",
};

export const CHANNEL_LABEL: Record<Channel, string> = {
  peppol: "Peppol",
  as2: "AS2",
  sftp: "SFTP",
  email: "e-mail",
  print: "print",
  portal: "portal",
  api: "API",
};

export const DOCUMENT_LABEL: Record<DocumentType, string> = {
  invoice: "invoice",
  creditNote: "credit note",
  order: "order",
  orderResponse: "order response",
  despatchAdvice: "despatch advice",
  invoiceResponse: "invoice response",
};

const PEPPOL_SPEC: Record<DocumentType, string> = {
  invoice: "Peppol BIS Billing 3.0",
  creditNote: "Peppol BIS Billing 3.0",
  order: "Peppol BIS Ordering 3.0",
  orderResponse: "Peppol BIS Order Response 3.0",
  despatchAdvice: "Peppol BIS Despatch Advice 3.0",
  invoiceResponse: "Peppol BIS Invoice Response 3.0",
};

const EDIFACT_MESSAGE: Record<DocumentType, string> = {
  invoice: "INVOIC",
  creditNote: "INVOIC",
  order: "ORDERS",
  orderResponse: "ORDRSP",
  despatchAdvice: "DESADV",
  invoiceResponse: "APERAK",
};

/** The specification a document of this type and format is validated against. */
export function specification(type: DocumentType, format: Format): string {
  switch (format) {
    case "peppolBis3":
      return PEPPOL_SPEC[type];
    case "edifact":
      return `EDIFACT D.96A ${EDIFACT_MESSAGE[type]}`;
    default:
      return `${FORMAT_LABEL[format]} schema`;
  }
}
