/**
 * The enumerations of the Track data model (DESIGN §4), defined once as `as const` tuples.
 * Types, zod schemas, URL parsers and dropdown items are all derived from these.
 */

export const STATUSES = ["received", "processing", "sending", "delivered", "error", "rejected"] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses after which a transaction no longer moves and cannot become overdue. */
export const TERMINAL_STATUSES = ["delivered", "rejected"] as const satisfies readonly Status[];

export const DOCUMENT_TYPES = [
  "invoice",
  "creditNote",
  "order",
  "orderResponse",
  "despatchAdvice",
  "invoiceResponse",
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DIRECTIONS = ["inbound", "outbound"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const CHANNELS = ["peppol", "as2", "sftp", "email", "print", "portal", "api"] as const;
export type Channel = (typeof CHANNELS)[number];

export const FORMATS = ["peppolBis3", "ubl21", "edifact", "finvoice3", "teappsxml3", "pdf"] as const;
export type Format = (typeof FORMATS)[number];

export const ERROR_TYPES = [
  "PROCESSING_ERROR",
  "VALIDATION_ERROR",
  "UNKNOWN_RECIPIENT",
  "UNSUPPORTED_DATA_FORMAT",
  "CONNECTION_ERROR",
  "RECEIVING_AP_ERROR",
  "SECURITY_ERROR",
  "DELIVERY_ERROR",
] as const;
export type ErrorType = (typeof ERROR_TYPES)[number];

export const EVENT_TYPES = [
  "RECEIVED",
  "VALIDATED",
  "VALIDATION_FAILED",
  "CONVERTED",
  "ROUTED",
  "SENT",
  "DELIVERED",
  "EMAIL_SENT",
  "PRINTED",
  "MLR_RECEIVED",
  "INVOICE_RESPONSE_RECEIVED",
  "REJECTED",
  "ERROR",
  "REPROCESSED",
  "ARCHIVED",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STEPS = [
  "INBOUND",
  "VALIDATION",
  "CONVERSION",
  "ROUTING",
  "OUTBOUND",
  "NETWORK",
  "ARCHIVE",
] as const;
export type EventStep = (typeof EVENT_STEPS)[number];

export const EVENT_LEVELS = ["INFO", "WARNING", "ERROR"] as const;
export type EventLevel = (typeof EVENT_LEVELS)[number];

/** Business statuses reported by the recipient (invoice responses, message level responses). */
export const BUSINESS_STATUSES = ["acknowledged", "accepted", "inProcess", "underQuery", "paid", "rejected"] as const;
export type BusinessStatus = (typeof BUSINESS_STATUSES)[number];

/** Roles carried in access tokens. */
export const ROLES = ["track", "blob", "report", "ingest"] as const;
export type Role = (typeof ROLES)[number];

export const SORT_FIELDS = ["receivedAt", "updatedAt", "status", "documentNumber", "amount"] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const STATS_BUCKETS = ["hour", "day"] as const;
export type StatsBucket = (typeof STATS_BUCKETS)[number];

export const STATS_GROUP_BY = ["status", "documentType", "direction", "inChannel", "outChannel", "errorType"] as const;
export type StatsGroupBy = (typeof STATS_GROUP_BY)[number];
