import { connectionOf, type Db } from "./db";
import { continueState, deriveState, type DerivableEvent } from "./derive";
import { resolvePartyKeys } from "./party-sets";
import { ROLLUP_SOURCE_COLUMNS, RollupDelta } from "./rollup";
import { statement } from "./statements";
import { rowOfState, stateOfRow } from "./transaction-row";
import { writeTransactions } from "./write-transactions";
import type { EventRow, TransactionRow } from "./schema";
import type { IngestResult, ParsedIngestEvent } from "@/lib/track-api/ingest/schema";

// NOTE: SQLite allows 32,766 bound parameters per statement; 2,000 ids stay below.
const CHUNK = 2_000;

const EVENT_COLUMNS = ["tenant_id", "id", "transaction_id", "occurred_at", "ingested_at", "type", "step", "level", "message", "error_code", "business_status", "metadata"] as const;
const INSERT_EVENT = `insert into events (${EVENT_COLUMNS.join(", ")}) values (${EVENT_COLUMNS.map((c) => `@${c}`).join(", ")}) on conflict (tenant_id, id) do nothing`;
const SELECT_TRANSACTION = "select * from transactions where tenant_id = ? and id = ?";
const ADVANCE_MARK =
  "insert into ingest_marks (tenant_id, newest_ingested_at) values (?, ?) on conflict (tenant_id) do update set newest_ingested_at = max(newest_ingested_at, excluded.newest_ingested_at)";

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
  return rowOfState(tenantId, id, deriveState(events));
}

/**
 * The new rows of the touched transactions. A new transaction is derived from its events in the
 * batch; a stored one is continued from its row with the events the batch added, when they all come
 * after its stored ones (live traffic); the rest are derived again from all of their stored events.
 */
async function deriveRows(trx: Db, tenantId: string, ids: string[], before: Map<string, TransactionRow>, added: Map<string, EventRow[]>): Promise<TransactionRow[]> {
  const rows: TransactionRow[] = [];
  const again: string[] = [];
  for (const id of ids) {
    const old = before.get(id);
    const events = added.get(id) ?? [];
    if (events.length === 0) {
      // Only duplicates: a stored transaction stays as it is.
      if (!old) again.push(id);
      continue;
    }
    // NOTE: a transaction's row is written with its events, in the same database transaction, so a
    // transaction without a row has no stored events but the batch's.
    const state = old ? continueState(stateOfRow(old), events) : deriveState(events);
    if (state) rows.push(rowOfState(tenantId, id, state));
    else again.push(id);
  }
  if (again.length === 0) return rows;
  const stored = await trx
    .selectFrom("events")
    .select(["transaction_id", "id", "occurred_at", "type", "level", "message", "error_code", "business_status", "metadata"])
    .where("tenant_id", "=", tenantId)
    .where("transaction_id", "in", again)
    .execute();
  const byTx = new Map<string, DerivableEvent[]>();
  for (const e of stored) {
    const list = byTx.get(e.transaction_id);
    if (list) list.push(e);
    else byTx.set(e.transaction_id, [e]);
  }
  for (const [id, evs] of byTx) rows.push(toTransactionRow(tenantId, id, evs));
  return rows;
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
  const sqlite = connectionOf(db);

  return db.transaction().execute(async (trx) => {
    const delta = new RollupDelta();
    // The events this batch added (not the ones already stored), by transaction.
    const added = new Map<string, EventRow[]>();
    let accepted = 0;
    let newest = -Infinity;
    const insertEvent = statement(sqlite, INSERT_EVENT);
    for (const row of rows) {
      if (insertEvent.run(row).changes === 0) continue;
      accepted++;
      newest = Math.max(newest, row.ingested_at);
      const list = added.get(row.transaction_id);
      if (list) list.push(row);
      else added.set(row.transaction_id, [row]);
    }
    if (accepted > 0) statement(sqlite, ADVANCE_MARK).run(tenantId, newest);
    const selectTransaction = statement(sqlite, SELECT_TRANSACTION);
    for (const ids of chunks(txIds)) {
      const before = new Map<string, TransactionRow>();
      for (const id of ids) {
        const row = selectTransaction.get(tenantId, id) as TransactionRow | undefined;
        if (row) before.set(id, row);
      }
      const txRows = await deriveRows(trx, tenantId, ids, before, added);
      await resolvePartyKeys(trx, tenantId, txRows, before);
      for (const row of txRows) {
        const old = before.get(row.id);
        // Most events move only updated_at, which no rollup counts.
        if (old && ROLLUP_SOURCE_COLUMNS.every((c) => old[c] === row[c])) continue;
        if (old) delta.add(old, -1);
        delta.add(row, 1);
      }
      await writeTransactions(trx, sqlite, before, txRows);
    }
    delta.apply(sqlite);
    return { accepted, duplicates: events.length - accepted, transactions: txIds.length };
  });
}
