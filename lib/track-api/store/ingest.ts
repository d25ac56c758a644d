import type { Db } from "./db";
import { deriveState, type DerivableEvent } from "./derive";
import type { EventRow, TransactionRow } from "./schema";
import type { IngestResult, ParsedIngestEvent } from "@/lib/track-api/ingest/schema";

// NOTE: SQLite allows 32,766 bound parameters per statement; 400 rows × 12 columns stays well below.
const CHUNK = 400;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function toEventRow(tenantId: string, event: ParsedIngestEvent, ingestedAt: number): EventRow {
  return {
    tenant_id: tenantId,
    id: event.eventId,
    transaction_id: event.transactionId,
    occurred_at: Date.parse(event.occurredAt),
    ingested_at: ingestedAt,
    type: event.type,
    step: event.step,
    level: event.level,
    message: event.message ?? null,
    error_code: event.errorCode ?? null,
    business_status: event.businessStatus ?? null,
    metadata: event.transaction ? JSON.stringify(event.transaction) : null,
  };
}

/** Builds the transaction row for one transaction from all of its stored events. */
export function toTransactionRow(tenantId: string, id: string, events: DerivableEvent[]): TransactionRow {
  const s = deriveState(events);
  const m = s.metadata;
  const searchText = [id, m.documentNumber, m.sender?.id, m.sender?.name, m.receiver?.id, m.receiver?.name, m.businessPartner?.id, m.businessPartner?.name]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
  return {
    tenant_id: tenantId,
    id,
    document_type: m.documentType ?? null,
    document_number: m.documentNumber ?? null,
    direction: m.direction ?? null,
    in_channel: m.inChannel ?? null,
    out_channel: m.outChannel ?? null,
    format: m.format ?? null,
    sender_id: m.sender?.id ?? null,
    sender_name: m.sender?.name ?? null,
    receiver_id: m.receiver?.id ?? null,
    receiver_name: m.receiver?.name ?? null,
    partner_id: m.businessPartner?.id ?? null,
    partner_name: m.businessPartner?.name ?? null,
    service_profile: m.serviceProfile ?? null,
    amount: m.amount ?? null,
    currency: m.currency ?? null,
    status: s.status,
    status_reason: s.statusReason,
    error_type: s.errorType,
    business_status: s.businessStatus,
    received_at: s.receivedAt,
    updated_at: s.updatedAt,
    delivered_at: s.deliveredAt,
    sla_due_at: m.slaDueAt ? Date.parse(m.slaDueAt) : null,
    attachments: m.attachments ?? 0,
    search_text: searchText,
  };
}

const DERIVED_COLUMNS = [
  "document_type", "document_number", "direction", "in_channel", "out_channel", "format", "sender_id",
  "sender_name", "receiver_id", "receiver_name", "partner_id", "partner_name", "service_profile", "amount",
  "currency", "status", "status_reason", "error_type", "business_status", "received_at", "updated_at",
  "delivered_at", "sla_due_at", "attachments", "search_text",
] as const;

/**
 * Appends a batch of events for one tenant and re-derives every transaction they touch, in one
 * database transaction. Idempotent by event id: a replayed batch changes nothing.
 */
export async function ingestEvents(
  db: Db,
  tenantId: string,
  events: ParsedIngestEvent[],
  now = Date.now(),
  ingestedAt: (event: ParsedIngestEvent) => number = () => now,
): Promise<IngestResult> {
  const unique = new Map<string, ParsedIngestEvent>();
  for (const event of events) if (!unique.has(event.eventId)) unique.set(event.eventId, event);
  const rows = [...unique.values()].map((e) => toEventRow(tenantId, e, ingestedAt(e)));
  const txIds = [...new Set(rows.map((r) => r.transaction_id))];

  return db.transaction().execute(async (trx) => {
    let accepted = 0;
    for (const part of chunks(rows)) {
      const result = await trx
        .insertInto("events")
        .values(part)
        .onConflict((oc) => oc.columns(["tenant_id", "id"]).doNothing())
        .executeTakeFirst();
      accepted += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    for (const ids of chunks(txIds)) {
      const stored = await trx
        .selectFrom("events")
        .select(["transaction_id", "id", "occurred_at", "type", "level", "message", "error_code", "business_status", "metadata"])
        .where("tenant_id", "=", tenantId)
        .where("transaction_id", "in", ids)
        .execute();
      const byTx = new Map<string, DerivableEvent[]>();
      for (const e of stored) {
        const list = byTx.get(e.transaction_id);
        if (list) list.push(e);
        else byTx.set(e.transaction_id, [e]);
      }
      const txRows = [...byTx].map(([id, evs]) => toTransactionRow(tenantId, id, evs));
      for (const part of chunks(txRows, 300)) {
        await trx
          .insertInto("transactions")
          .values(part)
          .onConflict((oc) =>
            oc.columns(["tenant_id", "id"]).doUpdateSet((eb) =>
              Object.fromEntries(DERIVED_COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)])),
            ),
          )
          .execute();
      }
    }
    return { accepted, duplicates: events.length - accepted, transactions: txIds.length };
  });
}
