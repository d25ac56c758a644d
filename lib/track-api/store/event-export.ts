import { now as clockNow } from "@/lib/clock";
import type { EventExtractRow } from "@/lib/domain/event-extract";
import type { Transaction } from "@/lib/domain/transaction";
import type { ExportRequest } from "@/lib/filters/schema";
import { dialectOf, type Db } from "./connection";
import { exportTransactions } from "./export";
import { EVENT_API_COLUMNS, toEvent } from "./row-to-api";
import type { EventRow } from "./schema";
import { compareEvents } from "./transaction-state";

export interface EventExport {
  /** The transactions the filter matched when the extract started (their events follow). */
  transactions: number;
  /** The events of every matching transaction: transactions in the search's order, each one's events in lifecycle order. */
  chunks: AsyncGenerator<EventExtractRow[], void, undefined>;
}

type StoredEvent = Pick<EventRow, (typeof EVENT_API_COLUMNS)[number]>;

/**
 * The events of one chunk of transactions, by transaction id. Read as value arrays (as the export
 * reads its rows): a million-event extract makes no row object per event besides its own.
 */
async function eventsOf(db: Db, tenantId: string, transactions: Transaction[]): Promise<Map<string, StoredEvent[]>> {
  const query = db
    .selectFrom("events as e")
    .innerJoin("transactions as t", (join) =>
      join.onRef("t.tenant_id", "=", "e.tenant_id").onRef("t.seq", "=", "e.tx_seq"),
    )
    .select(EVENT_API_COLUMNS.map((column) => `e.${column}` as const))
    .where("t.tenant_id", "=", tenantId)
    .where("e.tenant_id", "=", tenantId)
    .where(
      "t.id",
      "in",
      transactions.map((t) => t.id),
    )
    .compile();
  const byTransaction = new Map<string, StoredEvent[]>();
  for (const [id, transaction_id, occurred_at, ingested_at, type, step, level, message, error_code] of await dialectOf(
    db,
  ).readArrays(db, query)) {
    const event = {
      id,
      transaction_id,
      occurred_at: Number(occurred_at),
      ingested_at: Number(ingested_at),
      type,
      step,
      level,
      message,
      error_code,
    } as StoredEvent;
    const list = byTransaction.get(event.transaction_id);
    if (list) list.push(event);
    else byTransaction.set(event.transaction_id, [event]);
  }
  return byTransaction;
}

/**
 * The events of every transaction a search matches, read a chunk of transactions at a time on the
 * export's keyset (so memory stays at one chunk of transactions and their events, whatever the total).
 */
export async function exportEvents(
  db: Db,
  tenantId: string,
  request: ExportRequest,
  now = clockNow(),
): Promise<EventExport> {
  const { total, chunks: transactionChunks } = await exportTransactions(db, tenantId, request, now);
  async function* chunks(): AsyncGenerator<EventExtractRow[], void, undefined> {
    for await (const transactions of transactionChunks) {
      const events = await eventsOf(db, tenantId, transactions);
      const out: EventExtractRow[] = [];
      for (const t of transactions) {
        const stored = events.get(t.id);
        if (!stored) continue;
        stored.sort(compareEvents);
        for (const row of stored) {
          const event = toEvent(row) as EventExtractRow;
          event.documentType = t.documentType;
          event.documentNumber = t.documentNumber;
          event.transactionStatus = t.status;
          event.businessPartner = t.businessPartner;
          out.push(event);
        }
      }
      yield out;
    }
  }
  return { transactions: total, chunks: chunks() };
}
