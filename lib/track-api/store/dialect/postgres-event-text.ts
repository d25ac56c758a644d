import { sql, type SqlBool } from "kysely";
import type { Db } from "../connection";
import { contains } from "../like";
import type { EventTextSearch } from "./types";

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
 * Whether the words are in too many of a tenant's transactions to collect (store/event-text.ts),
 * from the planner's estimate of the index's `like`: the column's statistics, an EXPLAIN without
 * running the query.
 */
async function terms(db: Db, tenantId: string, words: string[], limit: number): Promise<{ dense: boolean }> {
  const likes = words.map((word) => contains(TEXTS, word));
  const { rows } = await sql<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>`explain (format json)
    select 1 from transactions where tenant_id = ${tenantId} and ${sql.join(likes, sql` and `)}`.execute(db);
  return { dense: rows[0]!["QUERY PLAN"][0].Plan["Plan Rows"] > limit };
}

/**
 * Message text on PostgreSQL (store/event-text.ts): each transaction's own event texts
 * (`transactions.event_text`, one line per distinct text), under a trigram GIN index led by the
 * tenant, so that a text's transactions are found without reading an event.
 */
export const postgresEventText: EventTextSearch = {
  terms,
  // One row per transaction: its ids need no `distinct`.
  matching: (tenantId, words) =>
    sql`(select id as transaction_id from transactions where tenant_id = ${tenantId} and ${rowMatch(words)})`,
  // NOTE: looked up by id, each collected id would be searched for in every weekly partition (110 ms
  // for 1,934 ids at a million): the index answers the text again instead. Walking the sort order,
  // `is true` keeps `in` a hashed filter on the rows read (4 ms for a page of 9,676 ids).
  among: (_tenantId, words, ids, walk) =>
    walk ? sql<SqlBool>`(id in (select unnest(cast(${ids} as text[])))) is true` : rowMatch(words),
  own: (_tenantId, words) => rowMatch(words),
  exact: (_tenantId, words) => rowMatch(words),
};
