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
export const LIFECYCLE_RANK: Record<EventType, number> = {
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

/** An event type's place in the lifecycle: what orders the events of one instant (unknown types last). */
export const rank = (type: string) => LIFECYCLE_RANK[type as EventType] ?? 99;

/** Total order on events: time, then lifecycle position, then id. */
export function compareEvents(
  a: Pick<DerivableEvent, "occurred_at" | "type" | "id">,
  b: Pick<DerivableEvent, "occurred_at" | "type" | "id">,
): number {
  return a.occurred_at - b.occurred_at || rank(a.type) - rank(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const asErrorType = (code: string | null): ErrorType | null =>
  code && (ERROR_TYPES as readonly string[]).includes(code) ? (code as ErrorType) : null;

// The state of the fold after some events; `received` is the first RECEIVED event's time, which the
// stored row does not keep apart from the other sources of receivedAt.
interface Fold {
  status: Status;
  statusReason: string | null;
  errorType: ErrorType | null;
  businessStatus: BusinessStatus | null;
  deliveredAt: number | null;
  received: number | null;
  metadata: Partial<TransactionMetadata>;
}

/** Applies events, already in derivation order, to the fold. */
function applyEvents(fold: Fold, events: readonly DerivableEvent[]): void {
  for (const event of events) {
    if (event.metadata) Object.assign(fold.metadata, JSON.parse(event.metadata));
    const type = event.type as EventType;
    if (type === "RECEIVED" && fold.received === null) fold.received = event.occurred_at;
    if (event.business_status) fold.businessStatus = event.business_status as BusinessStatus;
    // A recipient's negative response rejects an already delivered document.
    const recipientRejects =
      (type === "MLR_RECEIVED" || type === "INVOICE_RESPONSE_RECEIVED") &&
      (event.level === "ERROR" || event.business_status === "rejected");
    const next = recipientRejects ? "rejected" : STATUS_BY_EVENT[type];
    if (!next) continue;
    fold.status = next;
    if (next === "delivered" && fold.deliveredAt === null) fold.deliveredAt = event.occurred_at;
    if (next === "error") {
      fold.errorType = asErrorType(event.error_code) ?? "PROCESSING_ERROR";
      fold.statusReason = event.message;
    } else if (next === "rejected") {
      fold.errorType = asErrorType(event.error_code) ?? (type === "VALIDATION_FAILED" ? "VALIDATION_ERROR" : null);
      fold.statusReason = event.message ?? (recipientRejects ? "Rejected by the recipient" : null);
    } else {
      fold.errorType = null;
      fold.statusReason = null;
    }
  }
}

/**
 * Folds a transaction's events into its state. Pure and order-independent: the events are sorted
 * first, so duplicates removed by the store and any arrival order give the same result.
 */
export function deriveState(input: readonly DerivableEvent[]): DerivedState {
  const events = [...input].sort(compareEvents);
  const fold: Fold = {
    status: "received",
    statusReason: null,
    errorType: null,
    businessStatus: null,
    deliveredAt: null,
    received: null,
    metadata: {},
  };
  applyEvents(fold, events);
  const { received, metadata, ...rest } = fold;
  const metaReceived = metadata.receivedAt ? Date.parse(metadata.receivedAt) : null;
  const first = events[0]?.occurred_at ?? Date.now();
  return {
    ...rest,
    receivedAt: received ?? metaReceived ?? first,
    updatedAt: events.at(-1)?.occurred_at ?? first,
    metadata,
  };
}

/**
 * Continues `state` (the state of some events) with events that all come after every one of those in
 * the derivation order, giving what deriveState would give for all of them together — without the
 * earlier events. Null when the result depends on what the earlier events were: when a new event is
 * not strictly later than `state.updatedAt`, or may move receivedAt (transaction-state.test.ts checks both).
 */
export function continueState(state: DerivedState, later: readonly DerivableEvent[]): DerivedState | null {
  if (later.length === 0) return state;
  const events = [...later].sort(compareEvents);
  if (events[0].occurred_at <= state.updatedAt) return null;
  const fold: Fold = { ...state, received: null, metadata: { ...state.metadata } };
  const added: Partial<TransactionMetadata> = {};
  for (const event of events) if (event.metadata) Object.assign(added, JSON.parse(event.metadata));
  // receivedAt is the first RECEIVED event's time, else the metadata's receivedAt, else the first
  // event's time. Whether the earlier events held a RECEIVED event is unknown here, so go on only
  // when the new events give the receivedAt the earlier ones gave (or say nothing about it).
  const newReceived = events.find((e) => e.type === "RECEIVED")?.occurred_at;
  const candidate =
    newReceived ??
    ("receivedAt" in added ? (added.receivedAt ? Date.parse(added.receivedAt) : null) : state.receivedAt);
  if (candidate !== state.receivedAt) return null;
  applyEvents(fold, events);
  const { received: _received, ...rest } = fold;
  return { ...rest, receivedAt: state.receivedAt, updatedAt: events.at(-1)!.occurred_at };
}
