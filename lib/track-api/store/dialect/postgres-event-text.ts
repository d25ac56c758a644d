import { sql, type SqlBool } from "kysely";
import type { Db } from "../connection";
import { contains } from "../like";
import { collectedKeys, LINE_LIMIT, linksToRead, type CollectedText, type EventTextSearch } from "./types";

/**
 * The most lines of a text whose transactions are found by the keys of their lines (migration 0015):
 * each key is a lookup in each weekly partition, so a text of thousands of lines (a document
 * number's, each on a "Received …" line of its own) is found by its trigrams instead.
 */
const KEYED_LINES = 500;

/**
 * The most matches a page that does not walk the sort order reads by the keys of their lines, all
 * of them, before sorting them for the page (CollectedText.pageByEvery).
 */
const KEYED_PAGE_MATCHES = 5_000;

/** A transaction's event texts, lower-cased, under the trigram index (migration 0012). */
const TEXTS = sql.ref("event_text");

/**
 * "The transaction has an event with every word": each word in its event texts (answered by the
 * trigram index), and, for several words, all of them on one line, that is in one event's text.
 */
function rowMatch(words: string[]) {
  const each = words.map((word) => contains(TEXTS, word));
  if (words.length === 1) return each[0]!;
  const oneLine = sql<SqlBool>`exists (select 1 from unnest(string_to_array(${TEXTS}, E'\\n')) as l(line)
    where ${sql.join(
      words.map((word) => sql`strpos(l.line, ${word}) > 0`),
      sql` and `,
    )})`;
  return sql<SqlBool>`(${sql.join(each, sql` and `)} and ${oneLine})`;
}

/**
 * The transactions with an event that has every word, by number (`seq`), or undefined when more than
 * `limit`: the tenant's distinct texts with every word (one table under a trigram index, migration
 * 0013), then the transactions of each, index-only from `transaction_lines`. Whether there are too
 * many comes first from the planner's estimate of the links, so that a text of most transactions
 * (such as "archived") reads none of them.
 * NOTE: looked up by their numbers, the collected transactions would be searched for in every weekly
 * partition (110 ms for 1,934 of them at a million): the keys of the text's lines (migration 0015)
 * find them again when all of them are read: 24 ms instead of 48 by the text's trigrams for the
 * 9,676 of `unknown_recipient`. A page by the keys alone walked the sort order instead, misled by
 * their estimate (330 ms for `refused`): a page of up to KEYED_PAGE_MATCHES reads all of them first
 * (store/search.ts; 13–20 ms instead of 28–58 for the 2,218 of `as4 timed out`), a page of more by
 * the trigrams. Walking the sort order, `is true` keeps `in` a hashed filter on the rows read (4 ms
 * for a page of 9,676).
 */
async function collect(db: Db, tenantId: string, words: string[], limit: number): Promise<CollectedText | undefined> {
  const lines = await sql<{ id: string; key: string }>`select id, md5(line) as key from event_lines
    where tenant_id = ${tenantId}
    and ${sql.join(
      words.map((word) => contains(sql.ref("line"), word)),
      sql` and `,
    )} limit ${LINE_LIMIT + 1}`.execute(db);
  if (lines.rows.length > LINE_LIMIT) return undefined;
  const lineKeys = lines.rows.map((row) => row.key);
  const keyed = lineKeys.length <= KEYED_LINES;
  const collected = (seqs: number[]): CollectedText => ({
    keys: seqs,
    among: (walk) =>
      walk ? sql<SqlBool>`(seq in (select unnest(cast(${seqs} as bigint[])))) is true` : rowMatch(words),
    every: keyed ? () => sql<SqlBool>`event_line_keys(${TEXTS}) && cast(${lineKeys} as uuid[])` : undefined,
    pageByEvery: keyed && seqs.length <= KEYED_PAGE_MATCHES,
  });
  if (lines.rows.length === 0) return collected([]);
  const ids = lines.rows.map((row) => row.id);
  const links = sql`transaction_lines where line_id = any(cast(${ids} as bigint[]))`;
  const { rows: plan } = await sql<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>`explain (format json)
    select tx_seq from ${links}`.execute(db);
  const most = linksToRead(limit);
  if (plan[0]!["QUERY PLAN"][0].Plan["Plan Rows"] > most) return undefined;
  // NOTE: one text of the numbers, not a row per link: 2.6 ms instead of 5.2 for the 9,676 links of
  // `unknown_recipient` at a million (3.6 as a JSON array).
  const found = await sql<{ seqs: string | null }>`select string_agg(tx_seq::text, ',') as seqs
    from (select tx_seq from ${links} limit ${most + 1}) as linked`.execute(db);
  const seqs = collectedKeys(found.rows[0]?.seqs?.split(",").map(Number) ?? [], limit);
  return seqs && collected(seqs);
}

/**
 * Message text on PostgreSQL (store/event-text.ts): the tenant's distinct event texts, each linked to
 * the transactions that have it (migration 0013), collect a text's transactions, found again by the
 * keys of their lines (migration 0015); each transaction's own event texts (`transactions.event_text`,
 * one line per distinct text, under a trigram GIN index led by the tenant: migration 0012) answer a
 * text of too many transactions, and the exact test.
 */
export const postgresEventText: EventTextSearch = {
  collect,
  own: async (_db, _tenantId, words) => rowMatch(words),
  exact: (_tenantId, words) => rowMatch(words),
};
