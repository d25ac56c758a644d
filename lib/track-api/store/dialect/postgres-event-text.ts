import { sql } from "kysely";
import type { Db } from "../connection";
import { contains } from "../like";

/**
 * Matching events per matching transaction assumed when the planner's estimate of the events is
 * turned into one of transactions (a message text is mostly in one event of a transaction).
 */
const EVENTS_PER_MATCH = 2;

/**
 * Whether the words are in too many of a tenant's events to collect (store/event-text.ts), from the
 * planner's estimate of `body like` on the text index: the statistics of the index expression, an
 * EXPLAIN without running the query.
 */
export async function postgresEventTextTerms(
  db: Db,
  tenantId: string,
  words: string[],
  limit: number,
): Promise<{ dense: boolean }> {
  const likes = words.map((word) => contains(sql.ref("body"), word));
  const { rows } = await sql<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>`explain (format json)
    select 1 from event_texts where tenant_id = ${tenantId} and ${sql.join(likes, sql` and `)}`.execute(db);
  return { dense: rows[0]!["QUERY PLAN"][0].Plan["Plan Rows"] > limit * EVENTS_PER_MATCH };
}
