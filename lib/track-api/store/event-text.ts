import { type Expression, type RawBuilder, type SqlBool, sql } from "kysely";
import { messageWords } from "@/lib/filters/message-words";
import type { Filter } from "@/lib/filters/schema";
import { dialectOf, type Db } from "./connection";
import { MIN_INDEXED } from "./dialect/types";

/**
 * Transactions with an event whose text (message and error code, lower-cased) contains every word,
 * as planned by planEventText: the transactions it collected (`walk` when the caller reads the sort
 * order), for a text of too many transactions to collect each row's test of its own events, or else
 * the exact test. The backend decides how each is found (StoreDialect.eventText): collected on both
 * from the tenant's distinct event texts, a row's test by SQLite's index of the events or by
 * PostgreSQL's of the transactions' own texts.
 */
export function eventTextMatch(planned: EventTextPlan | undefined, walk: boolean): Expression<SqlBool> {
  // NOTE: every store entry point plans its message text (store/index.ts); a filter that was not
  // planned is the store's mistake, never the caller's.
  if (!planned) throw new Error("A message text is planned before its query is built (planEventText)");
  if (planned.keys) return planned.among(walk);
  return planned.own ?? planned.exact;
}

/**
 * How a message text is found (planEventText): when its matching transactions were few enough to
 * collect, `keys`, the backend's keys of them, `among`, the test "the row is one of them", `every`,
 * that test when every one of them is read in any order, `pageByEvery`, whether a page that does not
 * walk reads them so before sorting them (store/search.ts), and `count`, how many;
 * when too many, `own`, the test of a transaction's own events, `many`, and `countLimit`, the most
 * matches counted (the total beyond is a lower bound: store/count.ts rawCount); when no word is long
 * enough for the index to find, `exact`, the test of every event.
 */
export type EventTextPlan =
  | {
      keys: readonly (string | number)[];
      among: (walk: boolean) => RawBuilder<SqlBool>;
      every: () => RawBuilder<SqlBool>;
      pageByEvery: boolean;
      count: number;
      own?: undefined;
      many?: undefined;
      exact?: undefined;
    }
  | {
      own: RawBuilder<SqlBool>;
      many: true;
      countLimit: number;
      keys?: undefined;
      among?: undefined;
      every?: undefined;
      pageByEvery?: undefined;
      count?: undefined;
      exact?: undefined;
    }
  | {
      exact: RawBuilder<SqlBool>;
      keys?: undefined;
      among?: undefined;
      every?: undefined;
      pageByEvery?: undefined;
      count?: undefined;
      own?: undefined;
      many?: undefined;
    };

/** Where a filter keeps its message text's plan (planEventText). */
const PLANNED = Symbol("event text plan");
type PlannedFilter = Filter & { [PLANNED]?: EventTextPlan };

/** The plan of a filter's message text, if it was planned. */
export const plannedEventText = (filter: Filter): EventTextPlan | undefined => (filter as PlannedFilter)[PLANNED];

/**
 * The filter for a query that reads every transaction its collected message text matches, in any
 * order: "the row is one of them" is then the plan's `every` (store/facets.ts). Any other filter is
 * returned as it is.
 */
export function readingEveryMatch(filter: Filter): Filter {
  const planned = plannedEventText(filter);
  if (!planned?.keys) return filter;
  const every: EventTextPlan = { ...planned, among: (walk: boolean) => (walk ? planned.among(true) : planned.every()) };
  return { ...filter, [PLANNED]: every } as PlannedFilter;
}

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
 * matching events otherwise, and that read is most of their cost (EventTextSearch.collect). A text
 * the backend's index finds in too many events (a word of most transactions, such as "archived") is
 * not collected: each row read tests its own events, and a page newest first then reads about as
 * many rows as it shows.
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
  if (text === undefined) return request;
  const words = messageWords(text);
  const search = dialectOf(db).eventText;
  const indexed = words.filter((word) => [...word].length >= MIN_INDEXED);
  let planned: EventTextPlan;
  if (words.length === 0) planned = { exact: sql<SqlBool>`true` };
  else if (indexed.length === 0) planned = { exact: search.exact(tenantId, words) };
  else {
    const collected = await search.collect(db, tenantId, words, collectLimit);
    planned = collected
      ? {
          keys: collected.keys,
          among: collected.among,
          every: collected.every ?? (() => collected.among(false)),
          pageByEvery: collected.pageByEvery === true,
          count: collected.keys.length,
        }
      : { own: await search.own(db, tenantId, words), many: true, countLimit };
  }
  return { ...request, filter: { ...request.filter, [PLANNED]: planned } };
}
