import { sql } from "kysely";
import { dialectOf, type Db } from "../connection";
import { LIFECYCLE_RANK } from "../transaction-state";

/** An instant (ms since the epoch, a whole number) as `isoInstant` writes it: 2026-11-27T12:00:00.000Z. */
const iso = (column: string) =>
  sql.raw(`strftime('%Y-%m-%dT%H:%M:%S', ${column} / 1000, 'unixepoch') || printf('.%03d', ${column} % 1000) || 'Z'`);

/** compareEvents' lifecycle position of an event's type (99 for a type it does not know). */
const RANK = sql.raw(
  `case e.type ${Object.entries(LIFECYCLE_RANK)
    .map(([type, rank]) => `when '${type}' then ${rank}`)
    .join(" ")} else 99 end`,
);

/**
 * The NDJSON lines of the events of `transactions` (in that order; each one's events by time,
 * lifecycle position and id), each made by SQLite around its transaction's parts
 * (`ndjsonTransactionParts`): byte for byte what `ndjsonLinesOf` writes, encoded, with no JavaScript
 * value per event but its line's bytes. json_quote escapes as JSON.stringify does (the text holds no
 * lone surrogates).
 * NOTE: each line comes as a blob of its UTF-8 bytes, as SQLite holds the text: read as a string
 * and encoded again for the response, the 1.1 GB of a month's events at a million spent 10 s of 27
 * in TextEncoder (a CPU profile of the server, `npm run bench:events`).
 * NOTE: the lines come as ordered rows and are joined here: an ordered group_concat sorted the whole
 * lines and took twice as long (a chunk of 6,849 events: 38 against 70–110 ms). A transaction's
 * parts are read from the chunk's JSON once, not per event. Ids are ordered by their UTF-8 bytes,
 * as JavaScript orders them unless two ids differ first at a character above U+FFFF against one
 * from U+E000 to U+FFFF.
 */
export async function sqliteEventNdjson(
  db: Db,
  tenantId: string,
  transactions: { seq: number; parts: [string, string] }[],
): Promise<Uint8Array> {
  const chunk = JSON.stringify(transactions.map((t) => [t.seq, ...t.parts]));
  const query = sql<{ line: string }>`with c as materialized (select key as pos, value ->> 0 as seq,
      value ->> 1 as head, value ->> 2 as tail from json_each(${chunk}))
    select cast('{"id":' || json_quote(e.id) || c.head || ${iso("e.occurred_at")} || '","ingestedAt":"'
      || ${iso("e.ingested_at")} || '","type":' || json_quote(e.type) || ',"step":' || json_quote(e.step)
      || ',"level":' || json_quote(e.level) || ',"message":' || json_quote(e.message)
      || ',"errorCode":' || json_quote(e.error_code) || c.tail as blob) as line
    from c join events e on e.tenant_id = ${tenantId} and e.tx_seq = c.seq
    order by c.pos, e.occurred_at, ${RANK}, e.id`.compile(db);
  const rows = await dialectOf(db).readArrays(db, query);
  return Buffer.concat(rows.map(([line]) => line as Buffer));
}
