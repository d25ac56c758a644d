import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import { messageWords } from "@/lib/filters/message-words";
import type { Filter } from "@/lib/filters/schema";
import { dialectOf, type Db } from "./connection";
import type { Database } from "./schema";

/** Words this short have no trigram: the index cannot find them, so they only narrow what it found. */
const MIN_INDEXED = 3;

/**
 * Transactions with an event whose text (message and error code, lower-cased: `event_texts.body`,
 * migration 0010) contains every word. `event_texts` is an FTS5 trigram table on SQLite and a view
 * over an expression GIN trigram index on PostgreSQL; both answer `body like '%…%'` from the index,
 * so the SQL is the same on both.
 * NOTE: FTS5 uses the index only for a LIKE without ESCAPE, so LIKE's wildcards in a word become
 * `_` (any one character) and `replace(body, word, '') <> body` (the word occurs) keeps the match
 * exact; short words are tested that way only, since a LIKE on them would read the whole index.
 * The matches are collected once (`materialized`): PostgreSQL, misjudging how many there are, would
 * otherwise search the events again for every transaction it reads.
 */
export function eventTextMatch(
  eb: ExpressionBuilder<Database, "transactions">,
  tenantId: string,
  text: string,
  planned?: string,
): Expression<SqlBool> {
  const words = messageWords(text);
  if (planned) return eb("id", "in", plannedMatch(tenantId, words, planned));
  const tests = words.flatMap((word) => {
    const occurs = sql<SqlBool>`replace(body, ${word}, '') <> body`;
    if ([...word].length < MIN_INDEXED) return [occurs];
    const like = sql<SqlBool>`body like ${`%${word.replace(/[\\%_]/g, "_")}%`}`;
    return /[\\%_]/.test(word) ? [like, occurs] : [like];
  });
  return eb(
    "id",
    "in",
    sql<string>`(with matched as materialized (select transaction_id from event_texts where tenant_id = ${tenantId} and ${sql.join(tests, sql` and `)}) select transaction_id from matched)`,
  );
}

/** Where a filter keeps the index query its message text was planned with (planEventText). */
const PLANNED = Symbol("event text plan");
type PlannedFilter = Filter & { [PLANNED]?: string };

/** The index query a filter's message text was planned with, if it was. */
export const plannedEventText = (filter: Filter): string | undefined => (filter as PlannedFilter)[PLANNED];

/**
 * The request with its message text planned for the backend's index (StoreDialect.eventTextTerms:
 * on SQLite, the rarest few trigrams of its words, since a phrase of every trigram reads the long
 * lists of common ones such as "ent"). NOTE: the plan is kept under a symbol in the filter, so the
 * copies the store makes of it (`{ ...filter, receivedFrom }`) keep it, and JSON leaves it out.
 */
export async function planEventText<R extends { filter: Filter }>(db: Db, request: R): Promise<R> {
  const { text } = request.filter;
  const indexed = text ? messageWords(text).filter((word) => [...word].length >= MIN_INDEXED) : [];
  if (indexed.length === 0) return request;
  const planned = await dialectOf(db).eventTextTerms(db, indexed);
  return planned ? { ...request, filter: { ...request.filter, [PLANNED]: planned } } : request;
}

/**
 * Transactions with an event that has every word, from an index query of a few of their trigrams
 * (`planned`): its events are read by rowid and each word is tested on their text, so the answer is
 * the same as eventTextMatch's without a plan.
 */
function plannedMatch(tenantId: string, words: string[], planned: string) {
  const body = sql`js_lower(coalesce(e.message, '') || ' ' || coalesce(e.error_code, ''))`;
  const tests = words.map((word) => sql<SqlBool>`instr(${body}, ${word}) > 0`);
  return sql<string>`(with matched as materialized (select e.transaction_id from events e
    where e.rowid in (select rowid from event_texts where event_texts match ${planned})
    and e.tenant_id = ${tenantId} and ${sql.join(tests, sql` and `)}) select transaction_id from matched)`;
}
