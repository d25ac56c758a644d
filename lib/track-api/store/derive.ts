import type { BusinessStatus, ErrorType, EventType, Status } from "@/lib/domain/enums";
import { ERROR_TYPES } from "@/lib/domain/enums";
import type { TransactionMetadata } from "@/lib/track-api/ingest/schema";

/** The part of a stored event that decides a transaction's state. */
export interface DerivableEvent {
  id: string;
  occurred_at: number;
  type: string;
  level: string;
  message: string | null;
  error_code: string | null;
  business_status: string | null;
  metadata: string | null;
}

export interface DerivedState {
  status: Status;
  statusReason: string | null;
  errorType: ErrorType | null;
  businessStatus: BusinessStatus | null;
  receivedAt: number;
  updatedAt: number;
  deliveredAt: number | null;
  metadata: Partial<TransactionMetadata>;
}

// Events of one instant are applied in lifecycle order, so simultaneous events settle the same way
// whatever order they were ingested in.
const LIFECYCLE_RANK: Record<EventType, number> = {
  RECEIVED: 0,
  VALIDATED: 1,
  VALIDATION_FAILED: 2,
  CONVERTED: 3,
  ROUTED: 4,
  ERROR: 5,
  REPROCESSED: 6,
  SENT: 7,
  DELIVERED: 8,
  EMAIL_SENT: 8,
  PRINTED: 8,
  MLR_RECEIVED: 9,
  INVOICE_RESPONSE_RECEIVED: 9,
  REJECTED: 10,
  ARCHIVED: 11,
};

const STATUS_BY_EVENT: Partial<Record<EventType, Status>> = {
  RECEIVED: "received",
  VALIDATED: "processing",
  CONVERTED: "processing",
  REPROCESSED: "processing",
  ROUTED: "sending",
  SENT: "sending",
  DELIVERED: "delivered",
  EMAIL_SENT: "delivered",
  PRINTED: "delivered",
  VALIDATION_FAILED: "rejected",
  REJECTED: "rejected",
  ERROR: "error",
};

const rank = (type: string) => LIFECYCLE_RANK[type as EventType] ?? 99;

/** Total order on events: time, then lifecycle position, then id. */
export function compareEvents(a: DerivableEvent, b: DerivableEvent): number {
  return a.occurred_at - b.occurred_at || rank(a.type) - rank(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const asErrorType = (code: string | null): ErrorType | null =>
  code && (ERROR_TYPES as readonly string[]).includes(code) ? (code as ErrorType) : null;

/**
 * Folds a transaction's events into its state. Pure and order-independent: the events are sorted
 * first, so duplicates removed by the store and any arrival order give the same result.
 */
export function deriveState(input: readonly DerivableEvent[]): DerivedState {
  const events = [...input].sort(compareEvents);
  const metadata: Partial<TransactionMetadata> = {};
  for (const event of events) if (event.metadata) Object.assign(metadata, JSON.parse(event.metadata));

  let status: Status = "received";
  let statusReason: string | null = null;
  let errorType: ErrorType | null = null;
  let businessStatus: BusinessStatus | null = null;
  let deliveredAt: number | null = null;
  let received: number | null = null;

  for (const event of events) {
    const type = event.type as EventType;
    if (type === "RECEIVED" && received === null) received = event.occurred_at;
    if (event.business_status) businessStatus = event.business_status as BusinessStatus;
    // A recipient's negative response rejects an already delivered document.
    const recipientRejects =
      (type === "MLR_RECEIVED" || type === "INVOICE_RESPONSE_RECEIVED") &&
      (event.level === "ERROR" || event.business_status === "rejected");
    const next = recipientRejects ? "rejected" : STATUS_BY_EVENT[type];
    if (!next) continue;
    status = next;
    if (next === "delivered" && deliveredAt === null) deliveredAt = event.occurred_at;
    if (next === "error") {
      errorType = asErrorType(event.error_code) ?? "PROCESSING_ERROR";
      statusReason = event.message;
    } else if (next === "rejected") {
      errorType = asErrorType(event.error_code) ?? (type === "VALIDATION_FAILED" ? "VALIDATION_ERROR" : null);
      statusReason = event.message ?? (recipientRejects ? "Rejected by the recipient" : null);
    } else {
      errorType = null;
      statusReason = null;
    }
  }

  const metaReceived = metadata.receivedAt ? Date.parse(metadata.receivedAt) : null;
  const first = events[0]?.occurred_at ?? Date.now();
  return {
    status,
    statusReason,
    errorType,
    businessStatus,
    receivedAt: received ?? metaReceived ?? first,
    updatedAt: events.at(-1)?.occurred_at ?? first,
    deliveredAt,
    metadata,
  };
}
