import type { BusinessStatus, Channel, Direction, DocumentType, ErrorType, Format } from "./enums";

/** Human labels for enumeration values, shared by filters, tables, charts and exports. */
export const DOCUMENT_TYPE_LABEL: Record<DocumentType, string> = {
  invoice: "Invoice",
  creditNote: "Credit note",
  order: "Order",
  orderResponse: "Order response",
  despatchAdvice: "Despatch advice",
  invoiceResponse: "Invoice response",
};

export const DIRECTION_LABEL: Record<Direction, string> = { inbound: "Inbound", outbound: "Outbound" };

export const CHANNEL_LABEL: Record<Channel, string> = {
  peppol: "Peppol",
  as2: "AS2",
  sftp: "SFTP",
  email: "E-mail",
  print: "Print",
  portal: "Portal",
  api: "API",
};

export const FORMAT_LABEL: Record<Format, string> = {
  peppolBis3: "PEPPOL BIS 3",
  ubl21: "UBL 2.1",
  edifact: "EDIFACT",
  finvoice3: "Finvoice 3",
  teappsxml3: "TEAPPSXML 3",
  pdf: "PDF",
};

export const ERROR_TYPE_LABEL: Record<ErrorType, string> = {
  PROCESSING_ERROR: "Processing error",
  VALIDATION_ERROR: "Validation error",
  UNKNOWN_RECIPIENT: "Unknown recipient",
  UNSUPPORTED_DATA_FORMAT: "Unsupported data format",
  CONNECTION_ERROR: "Connection error",
  RECEIVING_AP_ERROR: "Receiving access point error",
  SECURITY_ERROR: "Security error",
  DELIVERY_ERROR: "Delivery error",
};

export const BUSINESS_STATUS_LABEL: Record<BusinessStatus, string> = {
  acknowledged: "Acknowledged",
  accepted: "Accepted",
  inProcess: "In process",
  underQuery: "Under query",
  paid: "Paid",
  rejected: "Rejected by recipient",
};
