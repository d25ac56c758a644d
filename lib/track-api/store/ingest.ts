import type { Db } from "./db";
import { deriveState, type DerivableEvent } from "./derive";
import { resolvePartyKeys } from "./party-sets";
import { ROLLUP_SOURCE_COLUMNS, RollupDelta } from "./rollup";
import { writeTransactions } from "./write-transactions";
import type { EventRow, TransactionRow } from "./schema";
import type { IngestResult, ParsedIngestEvent } from "@/lib/track-api/ingest/schema";

// NOTE: SQLite allows 32,766 bound parameters per statement; 2,000 rows × 12 columns stays below.
// Fewer, larger statements are markedly faster (each one is compiled and prepared anew).
const CHUNK = 2_000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The stored row of one ingested event. */
export function toEventRow(tenantId: string, event: ParsedIngestEvent, ingestedAt: number): EventRow {
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
  const searchHead = [id, m.documentNumber].filter(Boolean).join(" ").toLowerCase();
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
    search_head: searchHead,
    // Resolved against party_sets by resolvePartyKeys before the row is stored.
    party_key: null,
  };
}


/**
 * Appends a batch of events for one tenant and re-derives every transaction they touch, in one
 * database transaction. Idempotent by event id: a replayed batch changes nothing. The rollups move
 * by the difference between each touched transaction's old and new row, in the same transaction.
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
    const delta = new RollupDelta();
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
      const before = new Map<string, TransactionRow>();
      for (const row of await trx.selectFrom("transactions").selectAll().where("tenant_id", "=", tenantId).where("id", "in", ids).execute()) before.set(row.id, row);
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
      await resolvePartyKeys(trx, tenantId, txRows);
      for (const row of txRows) {
        const old = before.get(row.id);
        // Most events move only updated_at, which no rollup counts.
        if (old && ROLLUP_SOURCE_COLUMNS.every((c) => old[c] === row[c])) continue;
        if (old) delta.add(old, -1);
        delta.add(row, 1);
      }
      await writeTransactions(trx, tenantId, before, txRows);
    }
    await delta.apply(trx);
    return { accepted, duplicates: events.length - accepted, transactions: txIds.length };
  });
}
