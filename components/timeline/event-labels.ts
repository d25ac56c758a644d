import type { EventLevel, EventStep, EventType } from "@/lib/domain/enums";

/** Human names of the Track event types, as the timeline shows them. */
export const EVENT_TYPE_LABEL: Record<EventType, string> = {
  RECEIVED: "Received",
  VALIDATED: "Validated",
  VALIDATION_FAILED: "Validation failed",
  CONVERTED: "Converted",
  ROUTED: "Routed",
  SENT: "Sent",
  DELIVERED: "Delivered",
  EMAIL_SENT: "E-mail sent",
  PRINTED: "Printed",
  MLR_RECEIVED: "Message level response received",
  INVOICE_RESPONSE_RECEIVED: "Invoice response received",
  REJECTED: "Rejected",
  ERROR: "Error",
  REPROCESSED: "Reprocessed",
  ARCHIVED: "Archived",
};

export const EVENT_STEP_LABEL: Record<EventStep, string> = {
  INBOUND: "Inbound",
  VALIDATION: "Validation",
  CONVERSION: "Conversion",
  ROUTING: "Routing",
  OUTBOUND: "Outbound",
  NETWORK: "Network",
  ARCHIVE: "Archive",
};

export const EVENT_LEVEL_LABEL: Record<EventLevel, string> = { INFO: "Info", WARNING: "Warning", ERROR: "Error" };
