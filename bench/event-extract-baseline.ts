import type { EventExtractFormat, EventExtractRow } from "@/lib/domain/event-extract";
import { EVENT_CSV_COLUMNS } from "@/lib/domain/event-extract";
import { csvHeaderOf, csvRowsOf, textStream } from "@/lib/domain/csv";
import type { ExportRequest } from "@/lib/filters/schema";
import { dialectOf, type Db } from "@/lib/track-api/store/connection";
import { exportTransactions } from "@/lib/track-api/store/export";
import { EVENT_API_COLUMNS, toEvent } from "@/lib/track-api/store/row-to-api";
import type { EventRow } from "@/lib/track-api/store/schema";
import { compareEvents } from "@/lib/track-api/store/transaction-state";

// The event extract as it was before it read value arrays in one statement per chunk (commit
// 7c25d49): kept only so that the bench measures the old and the new code path side by side in one
// process, on the same data, at the same load.

type StoredEvent = Pick<EventRow, (typeof EVENT_API_COLUMNS)[number]>;

async function eventsOf(db: Db, tenantId: string, ids: string[]): Promise<Map<string, StoredEvent[]>> {
  const query = db
    .selectFrom("events as e")
    .innerJoin("transactions as t", (join) =>
      join.onRef("t.tenant_id", "=", "e.tenant_id").onRef("t.seq", "=", "e.tx_seq"),
    )
    .select(EVENT_API_COLUMNS.map((column) => `e.${column}` as const))
    .where("t.tenant_id", "=", tenantId)
    .where("e.tenant_id", "=", tenantId)
    .where("t.id", "in", ids)
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

/** The previous extract of a search as a byte stream in `format`. */
export async function baselineEventExtract(
  db: Db,
  tenantId: string,
  request: ExportRequest,
  format: EventExtractFormat,
  now: number,
): Promise<ReadableStream<Uint8Array>> {
  const { chunks: transactionChunks } = await exportTransactions(db, tenantId, request, now);
  async function* chunks(): AsyncGenerator<EventExtractRow[], void, undefined> {
    for await (const transactions of transactionChunks) {
      const events = await eventsOf(
        db,
        tenantId,
        transactions.map((t) => t.id),
      );
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
  return format === "csv"
    ? textStream(chunks(), csvHeaderOf(EVENT_CSV_COLUMNS), (rows) => csvRowsOf(EVENT_CSV_COLUMNS, rows))
    : textStream(chunks(), "", (rows) => rows.map((row) => JSON.stringify(row) + "\n").join(""));
}
