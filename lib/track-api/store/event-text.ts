import { type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool, sql } from "kysely";
import { messageWords } from "@/lib/filters/message-words";
import type { Filter } from "@/lib/filters/schema";
import { dialectOf, type Db } from "./connection";
import type { Unindexed } from "./filter-sql";
import type { DialectKind, StoreDialect } from "./dialect/types";
import type { Database } from "./schema";

/** Words this short have no trigram: the index cannot find them, so they only narrow what it found. */
const MIN_INDEXED = 3;

/**
 * Transactions with an event whose text (message and error code, lower-cased: `event_texts.body`,
 * migration 0010) contains every word. `event_texts` is an FTS5 trigram table on SQLite and a view
 * over an expression GIN trigram index on PostgreSQL; both answer `body like '%…%'` from the index,
 * so the SQL is the same on both. With a plan (planEventText): the ids it collected, or, for a text
 * of too many transactions to collect, each row's test of its own events; `walk` when the caller
 * reads the sort order.
 */
export function eventTextMatch(
  eb: ExpressionBuilder<Database, "transactions">,
  tenantId: string,
  text: string,
  planned?: EventTextPlan,
  walk?: Unindexed,
): Expression<SqlBool> {
  // NOTE: walking the sort order tests each row's id against the matches instead of looking each one up.
  if (planned?.ids) return planned.among(walk !== undefined);
  if (planned?.own) return planned.own;
  return eb("id", "in", indexMatch(tenantId, messageWords(text)));
}

/**
 * Transactions with an event that has every word, from the index's `body like` alone.
 * NOTE: FTS5 uses the index only for a LIKE without ESCAPE, so LIKE's wildcards in a word become
 * `_` (any one character) and `replace(body, word, '') <> body` (the word occurs) keeps the match
 * exact; short words are tested that way only, since a LIKE on them would read the whole index.
 * The matches are collected once (`materialized`): PostgreSQL, misjudging how many there are, would
 * otherwise search the events again for every transaction it reads.
 */
function indexMatch(tenantId: string, words: string[], materialized = true) {
  const tests = words.flatMap((word) => {
    const occurs = sql<SqlBool>`replace(body, ${word}, '') <> body`;
    if ([...word].length < MIN_INDEXED) return [occurs];
    const like = sql<SqlBool>`body like ${`%${word.replace(/[\\%_]/g, "_")}%`}`;
    return /[\\%_]/.test(word) ? [like, occurs] : [like];
  });
  const where = sql`tenant_id = ${tenantId} and ${sql.join(tests, sql` and `)}`;
  return materialized
    ? sql<string>`(with matched as materialized (select transaction_id from event_texts where ${where}) select transaction_id from matched)`
    : sql<string>`(select transaction_id from event_texts where ${where})`;
}

/**
 * How a message text is found (planEventText): when its matching transactions were few enough to
 * collect, `ids`, their ids, `among`, the test "the row is one of them" (StoreDialect.amongStrings),
 * and `count`, how many; otherwise `own`, the test of a transaction's own events, `many`, and
 * `countLimit`, the most matches counted (the total beyond is a lower bound: store/count.ts rawCount).
 */
export type EventTextPlan =
  | { ids: string[]; among: (walk: boolean) => RawBuilder<SqlBool>; count: number; own?: undefined; many?: undefined }
  | { own: RawBuilder<SqlBool>; many: true; countLimit: number; ids?: undefined; among?: undefined; count?: undefined };

/** A word whose letters SQLite's lower() folds as JavaScript does. */
const PRINTABLE_ASCII = /^[ -~]+$/;

/** Where a filter keeps its message text's plan (planEventText). */
const PLANNED = Symbol("event text plan");
type PlannedFilter = Filter & { [PLANNED]?: EventTextPlan };

/** The plan of a filter's message text, if it was planned. */
export const plannedEventText = (filter: Filter): EventTextPlan | undefined => (filter as PlannedFilter)[PLANNED];

/**
 * The most matching transactions collected in memory; a text matching more is tested on each row's
 * own events instead.
 */
export const COLLECT_LIMIT = 50_000;

/** The most matches of such a text counted; its total beyond is a lower bound (store/count.ts rawCount). */
export const COUNT_LIMIT = 1_000;

/**
 * The request with its message text planned. The matching transactions are collected once when they
 * are at most `collectLimit`: a search's count and page, or a facet set's queries, each read the
 * matching events otherwise, and that read is most of their cost. On SQLite they are found by the
 * rarest few trigrams of the words (StoreDialect.eventTextTerms), since a phrase of every trigram
 * reads the long lists of common ones such as "ent". A text the backend's index finds in too many
 * events (a word of most transactions, such as "archived") is not collected: each row read tests its
 * own events, and a page newest first then reads about as many rows as it shows.
 * NOTE: the plan is kept under a symbol in the filter, so the copies the store makes of it
 * (`{ ...filter, receivedFrom }`) keep it, and JSON leaves it out.
 */
export async function planEventText<R extends { filter: Filter }>(
  db: Db,
  tenantId: string,
  request: R,
  collectLimit = COLLECT_LIMIT,
  countLimit = COUNT_LIMIT,
): Promise<R> {
  const { text } = request.filter;
  const words = text ? messageWords(text) : [];
  const indexed = words.filter((word) => [...word].length >= MIN_INDEXED);
  if (indexed.length === 0) return request;
  const dialect = dialectOf(db);
  const terms = await dialect.eventTextTerms(db, tenantId, indexed, collectLimit);
  const plan = terms.dense ? undefined : await collect(db, dialect, tenantId, words, terms.match, collectLimit);
  const planned: EventTextPlan = plan ?? { own: ownEvents(dialect.kind, tenantId, words), many: true, countLimit };
  return { ...request, filter: { ...request.filter, [PLANNED]: planned } };
}

/** The ids of the transactions a text matches, or undefined when there are more than `limit`. */
async function collect(
  db: Db,
  dialect: StoreDialect,
  tenantId: string,
  words: string[],
  match: string | undefined,
  limit: number,
) {
  const matching = match ? plannedMatch(tenantId, words, match) : indexMatch(tenantId, words, false);
  const found = await sql<{
    transaction_id: string;
  }>`select distinct transaction_id from ${matching} as m limit ${limit + 1}`.execute(db);
  const ids = found.rows.map((row) => row.transaction_id);
  if (ids.length > limit) return undefined;
  return { ids, among: (walk: boolean) => dialect.amongStrings("id", ids, walk), count: ids.length };
}

/** Each word's test on an event's text (`e`), lower-cased as JavaScript does. */
function wordTests(kind: DialectKind, words: string[]) {
  const text = sql`(coalesce(e.message, '') || ' ' || coalesce(e.error_code, ''))`;
  if (kind === "postgres") return words.map((word) => sql<SqlBool>`strpos(lower(${text}), ${word}) > 0`);
  const lowered = sql`js_lower(${text})`;
  // NOTE: SQLite's lower() folds only A–Z, and a call to JavaScript per event costs a third of the
  // query. For a printable ASCII word the two agree on an ASCII text (as many characters as bytes),
  // so only the others' texts are lowered in JavaScript (JavaScript lowers "İ" to "i̇" and "K" to
  // "k", making ASCII). The length test costs half of a `glob` for a non-ASCII character.
  return words.map((word) =>
    PRINTABLE_ASCII.test(word)
      ? sql<SqlBool>`(instr(lower(${text}), ${word}) > 0 or (length(${text}) <> octet_length(${text}) and instr(${lowered}, ${word}) > 0))`
      : sql<SqlBool>`instr(${lowered}, ${word}) > 0`,
  );
}

/** "The transaction has an event with every word", tested on its own events (by `tx_seq`). */
function ownEvents(kind: DialectKind, tenantId: string, words: string[]) {
  return sql<SqlBool>`exists (select 1 from events e where e.tenant_id = ${tenantId}
    and e.tx_seq = transactions.seq and ${sql.join(wordTests(kind, words), sql` and `)})`;
}

/**
 * Transactions with an event that has every word, from an SQLite index query of a few of their
 * trigrams (`planned`): its events are read by rowid and each word is tested on their text, so the
 * answer is the same as indexMatch's.
 */
function plannedMatch(tenantId: string, words: string[], planned: string) {
  return sql<string>`(with matched as materialized (select e.transaction_id from events e
    where e.rowid in (select rowid from event_texts where event_texts match ${planned})
    and e.tenant_id = ${tenantId} and ${sql.join(wordTests("sqlite", words), sql` and `)}) select transaction_id from matched)`;
}
