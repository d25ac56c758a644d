import { now as clockNow } from "@/lib/clock";
import {
  csvLinesOf,
  ndjsonLinesOf,
  ndjsonTransactionParts,
  type EventExtractFormat,
  type EventExtractGroup,
  type EventValues,
} from "@/lib/domain/event-extract";
import type { ExportRequest } from "@/lib/filters/schema";
import { dialectOf, type Db } from "./connection";
import { keysetChunks } from "./export";
import { isoInstant } from "./iso";
import { party } from "./row-to-api";
import type { RowColumns } from "./search";
import { rank } from "./transaction-state";

export interface EventGroups {
  /** The transactions the filter matched when the extract started (their events follow); null when not counted exactly. */
  transactions: number | null;
  /** The events of every matching transaction: transactions in the search's order, each one's events in lifecycle order. */
  chunks: AsyncGenerator<EventExtractGroup[], void, undefined>;
}

export interface EventExport {
  /** The transactions the filter matched when the extract started (their events follow); null when not counted exactly. */
  transactions: number | null;
  /** The extract's lines (without a CSV's header), a chunk of transactions' events at a time: text, or its UTF-8 bytes. */
  texts: AsyncGenerator<string | Uint8Array, void, undefined>;
}

/**
 * Transactions read per chunk. A chunk's events (about seven per transaction) are read in one
 * statement and written as one piece of text: 1,000 transactions make a few MB of text at a time.
 */
export const EVENT_EXPORT_CHUNK = 1_000;

/** What the extract reads of a transaction: `id`, what each of its events carries, and its number. */
const TRANSACTION_CONTEXT = [
  "id",
  "document_type",
  "document_number",
  "status",
  "partner_id",
  "partner_name",
  "seq",
] as const satisfies RowColumns;

/** An event's columns in EventValues order, then its transaction's number (which groups them). */
const EVENT_VALUE_COLUMNS = [
  "id",
  "occurred_at",
  "ingested_at",
  "type",
  "step",
  "level",
  "message",
  "error_code",
  "tx_seq",
] as const;
const TX_SEQ = EVENT_VALUE_COLUMNS.length - 1;

/** What identifies a transaction's events in an extract, from its TRANSACTION_CONTEXT values. */
function identity([id, documentType, documentNumber, status, partnerId, partnerName]: unknown[]): Omit<
  EventExtractGroup,
  "events"
> {
  return {
    id: id as string,
    documentType: documentType as EventExtractGroup["documentType"],
    documentNumber: documentNumber as string | null,
    status: status as EventExtractGroup["status"],
    businessPartner: party(partnerId as string | null, partnerName as string | null),
  };
}

/** compareEvents on an event's values while its instants are still numbers: time, lifecycle, id. */
function compareValues(a: unknown[], b: unknown[]): number {
  return (
    Number(a[1]) - Number(b[1]) ||
    rank(a[3] as string) - rank(b[3] as string) ||
    (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0)
  );
}

/**
 * A chunk's events grouped by transaction number. The database orders them by number, time and id;
 * simultaneous events also need the lifecycle order (and the database's order of ids may not be
 * JavaScript's), so a group whose neighbours are out of compareEvents' order is sorted by it.
 */
function groupEvents(rows: unknown[][]): Map<string, unknown[][]> {
  const groups = new Map<string, unknown[][]>();
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i]![TX_SEQ] === rows[start]![TX_SEQ]) continue;
    const group = rows.slice(start, i);
    for (let j = 1; j < group.length; j++)
      if (compareValues(group[j - 1]!, group[j]!) > 0) {
        group.sort(compareValues);
        break;
      }
    for (const event of group) {
      event[1] = isoInstant(Number(event[1]));
      event[2] = isoInstant(Number(event[2]));
    }
    groups.set(String(rows[start]![TX_SEQ]), group);
    start = i;
  }
  return groups;
}

/**
 * The events of every transaction a search matches, read a chunk of transactions at a time on the
 * export's keyset (so memory stays at one chunk of transactions and their events, whatever the
 * total): per chunk, the transactions' few columns the extract writes, then their events in one
 * statement, as value arrays.
 */
export async function exportEventGroups(
  db: Db,
  tenantId: string,
  request: ExportRequest,
  now = clockNow(),
  chunk = EVENT_EXPORT_CHUNK,
): Promise<EventGroups> {
  const { total, chunks: transactionChunks } = await keysetChunks(
    db,
    tenantId,
    request,
    now,
    chunk,
    TRANSACTION_CONTEXT,
  );
  const dialect = dialectOf(db);
  async function* chunks(): AsyncGenerator<EventExtractGroup[], void, undefined> {
    for await (const transactions of transactionChunks) {
      const query = db
        .selectFrom("events")
        .select(EVENT_VALUE_COLUMNS)
        .where("tenant_id", "=", tenantId)
        .where(
          "tx_seq",
          "in",
          transactions.map((t) => t[6] as number),
        )
        .orderBy("tx_seq")
        .orderBy("occurred_at")
        .orderBy("id")
        .compile();
      const events = groupEvents(await dialect.readArrays(db, query));
      const out: EventExtractGroup[] = [];
      for (const transaction of transactions) {
        const group = events.get(String(transaction[6]));
        if (group) out.push({ ...identity(transaction), events: group as unknown as EventValues[] });
      }
      yield out;
    }
  }
  return { transactions: total, chunks: chunks() };
}

/**
 * The event extract's text in `format`, a chunk of transactions at a time: NDJSON written by the
 * database where it can (StoreDialect.eventNdjson: no JavaScript value per event), otherwise lines
 * written from exportEventGroups' values.
 */
export async function exportEvents(
  db: Db,
  tenantId: string,
  request: ExportRequest,
  format: EventExtractFormat,
  now = clockNow(),
  chunk = EVENT_EXPORT_CHUNK,
): Promise<EventExport> {
  const dialect = dialectOf(db);
  if (format === "ndjson" && dialect.eventNdjson) {
    const ndjson = dialect.eventNdjson.bind(dialect);
    const { total, chunks } = await keysetChunks(db, tenantId, request, now, chunk, TRANSACTION_CONTEXT);
    async function* texts(): AsyncGenerator<Uint8Array, void, undefined> {
      for await (const transactions of chunks)
        yield await ndjson(
          db,
          tenantId,
          transactions.map((transaction) => ({
            seq: transaction[6] as number,
            parts: ndjsonTransactionParts(identity(transaction)),
          })),
        );
    }
    return { transactions: total, texts: texts() };
  }
  const groups = await exportEventGroups(db, tenantId, request, now, chunk);
  const lines = format === "csv" ? csvLinesOf : ndjsonLinesOf;
  async function* texts(): AsyncGenerator<string, void, undefined> {
    for await (const out of groups.chunks) yield lines(out);
  }
  return { transactions: groups.transactions, texts: texts() };
}
