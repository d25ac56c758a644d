import { now as clockNow } from "@/lib/clock";
import type { EventExtractRow } from "@/lib/domain/event-extract";
import type { Transaction } from "@/lib/domain/transaction";
import type { ExportRequest } from "@/lib/filters/schema";
import type { Db } from "./connection";
import { exportTransactions } from "./export";
import { toEvent } from "./row-to-api";
import type { EventRow } from "./schema";
import { compareEvents } from "./transaction-state";

export interface EventExport {
  /** The transactions the filter matched when the extract started (their events follow). */
  transactions: number;
  /** The events of every matching transaction: transactions in the search's order, each one's events in lifecycle order. */
  chunks: AsyncGenerator<EventExtractRow[], void, undefined>;
}

/** The events of one chunk of transactions, by transaction id. */
async function eventsOf(db: Db, tenantId: string, transactions: Transaction[]): Promise<Map<string, EventRow[]>> {
  const rows = await db
    .selectFrom("events as e")
    .innerJoin("transactions as t", (join) =>
      join.onRef("t.tenant_id", "=", "e.tenant_id").onRef("t.seq", "=", "e.tx_seq"),
    )
    .selectAll("e")
    .where("t.tenant_id", "=", tenantId)
    .where("e.tenant_id", "=", tenantId)
    .where(
      "t.id",
      "in",
      transactions.map((t) => t.id),
    )
    .execute();
  const byTransaction = new Map<string, EventRow[]>();
  for (const row of rows) {
    const list = byTransaction.get(row.transaction_id);
    if (list) list.push(row);
    else byTransaction.set(row.transaction_id, [row]);
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
        const rows = events.get(t.id);
        if (!rows) continue;
        rows.sort(compareEvents);
        for (const row of rows)
          out.push({
            ...toEvent(row),
            documentType: t.documentType,
            documentNumber: t.documentNumber,
            transactionStatus: t.status,
            businessPartner: t.businessPartner,
          });
      }
      yield out;
    }
  }
  return { transactions: total, chunks: chunks() };
}
