// Reading: stored rows as the Track API's shapes. Ingestion's rows come from state-to-row.ts and are
// written by the backend's ingest writer (dialect/sqlite-write-transactions.ts, dialect/postgres-ingest.ts).
import type { Transaction, TrackEvent } from "@/lib/domain/transaction";
import { TERMINAL_STATUSES } from "@/lib/domain/enums";
import { isoInstant } from "./iso";
import type { EventRow, TransactionRow } from "./schema";

const isoOrNull = (ms: number | null) => (ms === null ? null : isoInstant(ms));
/** A party as the API shows it: none without an id, named by its id when it has no name. */
export const party = (id: string | null, name: string | null) => (id ? { id, name: name ?? id } : null);

/** True when the transaction is past its SLA and still not in a terminal status. */
export function isOverdue(row: Pick<TransactionRow, "sla_due_at" | "status">, now: number): boolean {
  return (
    row.sla_due_at !== null && row.sla_due_at < now && !(TERMINAL_STATUSES as readonly string[]).includes(row.status)
  );
}

/** The columns a transaction's API shape is made of (search pages read only these). */
export const TRANSACTION_COLUMNS = [
  "id",
  "document_type",
  "document_number",
  "direction",
  "in_channel",
  "out_channel",
  "format",
  "sender_id",
  "sender_name",
  "receiver_id",
  "receiver_name",
  "partner_id",
  "partner_name",
  "service_profile",
  "amount",
  "currency",
  "status",
  "status_reason",
  "error_type",
  "business_status",
  "received_at",
  "updated_at",
  "delivered_at",
  "sla_due_at",
] as const satisfies readonly (keyof TransactionRow)[];

type TransactionColumns = Pick<TransactionRow, (typeof TRANSACTION_COLUMNS)[number]>;

/**
 * A row read as an array of values (columns in TRANSACTION_COLUMNS order) as a row object. Written
 * out, not looped, so every row object has the same shape from the start (an export maps millions).
 */
export function rowFromValues(values: readonly unknown[]): TransactionColumns {
  const [
    id,
    document_type,
    document_number,
    direction,
    in_channel,
    out_channel,
    format,
    sender_id,
    sender_name,
    receiver_id,
    receiver_name,
    partner_id,
    partner_name,
    service_profile,
    amount,
    currency,
    status,
    status_reason,
    error_type,
    business_status,
    received_at,
    updated_at,
    delivered_at,
    sla_due_at,
  ] = values;
  return {
    id,
    document_type,
    document_number,
    direction,
    in_channel,
    out_channel,
    format,
    sender_id,
    sender_name,
    receiver_id,
    receiver_name,
    partner_id,
    partner_name,
    service_profile,
    amount,
    currency,
    status,
    status_reason,
    error_type,
    business_status,
    received_at,
    updated_at,
    delivered_at,
    sla_due_at,
  } as TransactionColumns;
}

/** Maps a stored transaction row to the Track API's transaction shape. */
export function toTransaction(row: TransactionColumns, now: number): Transaction {
  return {
    id: row.id,
    documentType: row.document_type as Transaction["documentType"],
    documentNumber: row.document_number,
    direction: row.direction as Transaction["direction"],
    inChannel: row.in_channel as Transaction["inChannel"],
    outChannel: row.out_channel as Transaction["outChannel"],
    format: row.format as Transaction["format"],
    sender: party(row.sender_id, row.sender_name),
    receiver: party(row.receiver_id, row.receiver_name),
    businessPartner: party(row.partner_id, row.partner_name),
    serviceProfile: row.service_profile,
    amount: row.amount === null ? null : Number(row.amount),
    currency: row.currency,
    status: row.status as Transaction["status"],
    statusReason: row.status_reason,
    errorType: row.error_type as Transaction["errorType"],
    businessStatus: row.business_status as Transaction["businessStatus"],
    overdue: isOverdue(row, now),
    receivedAt: isoInstant(Number(row.received_at)),
    updatedAt: isoInstant(Number(row.updated_at)),
    deliveredAt: isoOrNull(row.delivered_at === null ? null : Number(row.delivered_at)),
    slaDueAt: isoOrNull(row.sla_due_at === null ? null : Number(row.sla_due_at)),
  };
}

/** The columns of a stored event that the Track API's event shape is made of. */
export const EVENT_API_COLUMNS = [
  "id",
  "transaction_id",
  "occurred_at",
  "ingested_at",
  "type",
  "step",
  "level",
  "message",
  "error_code",
] as const satisfies readonly (keyof EventRow)[];

/** Maps a stored event row to the Track API's event shape. */
export function toEvent(row: Pick<EventRow, (typeof EVENT_API_COLUMNS)[number]>): TrackEvent {
  return {
    id: row.id,
    transactionId: row.transaction_id,
    occurredAt: isoInstant(Number(row.occurred_at)),
    ingestedAt: isoInstant(Number(row.ingested_at)),
    type: row.type as TrackEvent["type"],
    step: row.step as TrackEvent["step"],
    level: row.level as TrackEvent["level"],
    message: row.message,
    errorCode: row.error_code,
  };
}
