import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import { messageWords } from "@/lib/filters/message-words";
import type { Filter } from "@/lib/filters/schema";
import { dialectOf, type Db } from "./connection";
import type { Unindexed } from "./filter-sql";
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
 * otherwise search the events again for every transaction it reads. With a plan (planEventText) the
 * ids it collected, or its index query; `walk` when the caller reads the sort order instead.
 */
export function eventTextMatch(
  eb: ExpressionBuilder<Database, "transactions">,
  tenantId: string,
  text: string,
  planned?: EventTextPlan,
  walk?: Unindexed,
): Expression<SqlBool> {
  const words = messageWords(text);
  if (planned?.ids) {
    const ids = sql<string>`(select value from json_each(${planned.ids}))`;
    // NOTE: walking the sort order tests each row's id against the matches instead of looking each one up.
    return walk ? sql<SqlBool>`${walk("id", "text")} in ${ids}` : eb("id", "in", ids);
  }
  if (planned) return eb("id", "in", plannedMatch(tenantId, words, planned.match));
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

/**
 * How a message text is found (planEventText): `match`, the index query of a few of its trigrams;
 * `ids`, when they were few enough to collect, the matching transactions' ids (a JSON array) and
 * `count`, how many.
 */
export interface EventTextPlan {
  match: string;
  ids?: string;
  count?: number;
}

/** A word whose letters SQLite's lower() folds as JavaScript does. */
const PRINTABLE_ASCII = /^[ -~]+$/;

/** Where a filter keeps its message text's plan (planEventText). */
const PLANNED = Symbol("event text plan");
type PlannedFilter = Filter & { [PLANNED]?: EventTextPlan };

/** The plan of a filter's message text, if it was planned. */
export const plannedEventText = (filter: Filter): EventTextPlan | undefined => (filter as PlannedFilter)[PLANNED];

/**
 * The most matching transactions collected in memory; a text matching more is found by its index
 * query within each statement instead.
 */
export const COLLECT_LIMIT = 50_000;

/**
 * The request with its message text planned for the backend's index (StoreDialect.eventTextTerms:
 * on SQLite, the rarest few trigrams of its words, since a phrase of every trigram reads the long
 * lists of common ones such as "ent"). The matching transactions are then collected once, when they
 * are at most `collectLimit`: a search's count and page, or a facet set's queries, each read the
 * matching events otherwise, and that read is most of their cost.
 * NOTE: the plan is kept under a symbol in the filter, so the copies the store makes of it
 * (`{ ...filter, receivedFrom }`) keep it, and JSON leaves it out.
 */
export async function planEventText<R extends { filter: Filter }>(
  db: Db,
  tenantId: string,
  request: R,
  collectLimit = COLLECT_LIMIT,
): Promise<R> {
  const { text } = request.filter;
  const words = text ? messageWords(text) : [];
  const indexed = words.filter((word) => [...word].length >= MIN_INDEXED);
  if (indexed.length === 0) return request;
  const match = await dialectOf(db).eventTextTerms(db, indexed);
  if (!match) return request;
  const found = await sql<{ transaction_id: string }>`select distinct transaction_id from ${plannedMatch(
    tenantId,
    words,
    match,
  )} as m limit ${collectLimit + 1}`.execute(db);
  const ids = found.rows.map((row) => row.transaction_id);
  const plan: EventTextPlan =
    ids.length > collectLimit ? { match } : { match, ids: JSON.stringify(ids), count: ids.length };
  return { ...request, filter: { ...request.filter, [PLANNED]: plan } };
}

/**
 * Transactions with an event that has every word, from an index query of a few of their trigrams
 * (`planned`): its events are read by rowid and each word is tested on their text, so the answer is
 * the same as eventTextMatch's without a plan.
 */
function plannedMatch(tenantId: string, words: string[], planned: string) {
  const text = sql`(coalesce(e.message, '') || ' ' || coalesce(e.error_code, ''))`;
  const lowered = sql`js_lower(${text})`;
  // NOTE: SQLite's lower() folds only A–Z, and a call to JavaScript per event costs a third of the
  // query. For a printable ASCII word the two agree on a text of printable ASCII, so only the others'
  // texts are lowered in JavaScript (JavaScript lowers "İ" to "i̇" and "K" to "k", making ASCII).
  const tests = words.map((word) =>
    PRINTABLE_ASCII.test(word)
      ? sql<SqlBool>`(instr(lower(${text}), ${word}) > 0 or (${text} glob '*[^ -~]*' and instr(${lowered}, ${word}) > 0))`
      : sql<SqlBool>`instr(${lowered}, ${word}) > 0`,
  );
  return sql<string>`(with matched as materialized (select e.transaction_id from events e
    where e.rowid in (select rowid from event_texts where event_texts match ${planned})
    and e.tenant_id = ${tenantId} and ${sql.join(tests, sql` and `)}) select transaction_id from matched)`;
}
