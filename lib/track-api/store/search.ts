import { now as clockNow } from "@/lib/clock";
import { sql, type CompiledQuery } from "kysely";
import type { SearchResult } from "@/lib/domain/transaction";
import type { Filter, SearchRequest, Sort } from "@/lib/filters/schema";
import { dialectOf, type Db } from "./connection";
import { countTransactions, onlyText, rawCount } from "./count";
import { plannedEventText, readingEveryMatch } from "./event-text";
import { planFreeText, shouldWalk, type FreeTextPlan } from "./free-text";
import { cursorScope, decodeCursor, encodeCursor, type Cursor, type CursorPosition } from "./cursor";
import { OPEN_STATUSES, SORT_EXPRESSIONS, SORT_GROUPS, whereFilter } from "./filter-sql";
import { toTransaction, TRANSACTION_COLUMNS } from "./row-to-api";
import { getSecret } from "./secrets";
import type { TransactionRow } from "./schema";

/** A walked row's cost against a collected match's when the sort index alone answers the row (free-text.ts shouldWalk). */
const INDEX_WALK_COST = 0.1;

/** A filter ready to be read page by page: its total and how its pages are found. */
export interface PreparedFilter {
  filter: Filter;
  sort: Sort;
  now: number;
  /** Exact, unless `atLeast`: then a lower bound, for a message text of too many transactions (event-text.ts COUNT_LIMIT). */
  total: number;
  atLeast: boolean;
  plan: FreeTextPlan | undefined;
  walk: boolean;
}

/**
 * Counts a filter and decides how its pages of `pageSize` rows are found. The total comes first:
 * with free text, overdue or a time range on another column than the sort's, it decides between
 * walking the sort order and collecting the matches (store/free-text.ts).
 */
export async function prepareFilter(
  db: Db,
  tenantId: string,
  filter: Filter,
  sort: Sort,
  pageSize: number,
  now: number,
): Promise<PreparedFilter> {
  const plan = await planFreeText(db, tenantId, filter.q);
  const eventText = plannedEventText(filter);
  const counted = eventText?.many
    ? await rawCount(db, tenantId, filter, now, plan, eventText.countLimit)
    : await countTransactions(db, tenantId, filter, now, plan);
  const atLeast = eventText?.many === true && counted > eventText.countLimit;
  const total = atLeast ? eventText.countLimit : counted;
  // A time range on another column than the sort's is also cheaper to walk when it holds many rows.
  const sortColumn = SORT_EXPRESSIONS[sort.field];
  const otherRange =
    (sortColumn !== "received_at" && !!(filter.receivedFrom || filter.receivedTo)) ||
    (sortColumn !== "updated_at" && !!(filter.updatedFrom || filter.updatedTo));
  // So is a message text: each row read is tested against its collected matches, on the sort index
  // alone when nothing else is filtered (its index entries hold the id), or on its own events.
  const collected = eventText?.keys !== undefined;
  const walk =
    (plan !== undefined || filter.overdue === true || otherRange || eventText !== undefined) &&
    shouldWalk(
      total,
      await countTransactions(db, tenantId, {}, now),
      pageSize,
      collected && onlyText(filter) ? INDEX_WALK_COST : undefined,
    );
  if (plan) plan.walk = walk;
  return { filter, sort, now, total, atLeast, plan, walk };
}

/** Columns a rows query can read (an export that needs fewer than a page's reads only those). */
export type RowColumns = readonly (keyof TransactionRow)[];

/**
 * The query of up to `limit` rows of a prepared filter in sort order (id as the tie-break) after a
 * position: `columns` (TRANSACTION_COLUMNS unless told; the row type describes those), then the
 * sort key as `sort_key` and its group (the currency of an amount sort; null for the other sorts) as
 * `sort_group`.
 */
export function rowsQuery(
  db: Db,
  tenantId: string,
  prepared: PreparedFilter,
  after: CursorPosition | null,
  limit: number,
  columns: RowColumns = TRANSACTION_COLUMNS,
): RowsQuery {
  const { filter, sort, plan, walk } = prepared;
  if (walk && filter.overdue === true && !filter.status && !plan && sort.field === "receivedAt")
    return overdueRowsQuery(db, tenantId, prepared, after, limit, columns);
  return plainRowsQuery(db, tenantId, prepared, after, limit, columns);
}

function plainRowsQuery(
  db: Db,
  tenantId: string,
  prepared: PreparedFilter,
  after: CursorPosition | null,
  limit: number,
  columns: RowColumns = TRANSACTION_COLUMNS,
) {
  const { filter, sort, now, plan, walk } = prepared;
  const key = sql.raw(SORT_EXPRESSIONS[sort.field]);
  const groupExpression = SORT_GROUPS[sort.field];
  const group = groupExpression === undefined ? undefined : sql.raw(groupExpression);
  const desc = sort.direction === "desc";
  // A message text's few matches that its backend finds faster all at once (CollectedText.pageByEvery)
  // are read whole behind `offset 0`, which keeps the planner from walking the sort order, then sorted.
  const whole = !walk && plannedEventText(filter)?.pageByEvery === true;
  let query = db
    .selectFrom("transactions")
    .select(columns as typeof TRANSACTION_COLUMNS)
    .select(sql<string | number>`${key}`.as("sort_key"))
    .select(sql<string | null>`${group ?? sql`null`}`.as("sort_group"))
    .where(
      whereFilter(
        tenantId,
        whole ? readingEveryMatch(filter) : filter,
        now,
        plan,
        walk ? { unindexed: dialectOf(db).unindexed, sortField: sort.field } : undefined,
      ),
    );
  if (after) {
    const op = sql.raw(desc ? "<" : ">");
    // NOTE: a cursor from before the sort had its group (or forged to lack it) compares within ''.
    query = query.where(
      group
        ? sql<boolean>`(${group}, ${key}, id) ${op} (${after.group ?? ""}, ${after.value}, ${after.id})`
        : sql<boolean>`(${key}, id) ${op} (${after.value}, ${after.id})`,
    );
  }
  if (whole) {
    const direction = desc ? "desc" : "asc";
    let sorted = db.selectFrom(query.offset(0).as("matches")).selectAll();
    if (group) sorted = sorted.orderBy("sort_group", direction);
    return sorted.orderBy("sort_key", direction).orderBy("id", direction).limit(limit);
  }
  if (group) query = query.orderBy(sql`${group} ${sql.raw(desc ? "desc" : "asc")}`);
  return query
    .orderBy(sql`${key} ${sql.raw(desc ? "desc" : "asc")}`)
    .orderBy("id", desc ? "desc" : "asc")
    .limit(limit);
}

type Row = Awaited<ReturnType<ReturnType<typeof plainRowsQuery>["execute"]>>[number];
interface RowsQuery {
  execute(): Promise<Row[]>;
  compile(): CompiledQuery<Row>;
}

/**
 * Many overdue rows in received order: one walk per open status of the status index, which holds
 * each status's rows in received order with their SLA (so the test needs no row), merged. A walk of
 * the received index instead reads every row until the page is full, most of them not overdue.
 */
function overdueRowsQuery(
  db: Db,
  tenantId: string,
  prepared: PreparedFilter,
  after: CursorPosition | null,
  limit: number,
  columns: RowColumns,
) {
  const direction = prepared.sort.direction;
  const [first, ...rest] = OPEN_STATUSES.map((status, i) =>
    db
      .selectFrom(
        plainRowsQuery(
          db,
          tenantId,
          { ...prepared, filter: { ...prepared.filter, status: [status] } },
          after,
          limit,
          columns,
        ).as(`open_${i}`),
      )
      .selectAll(),
  );
  const merged = rest.reduce((union, arm) => union.unionAll(arm), first);
  return db
    .selectFrom(merged.as("overdue"))
    .selectAll()
    .orderBy("sort_group", direction)
    .orderBy("sort_key", direction)
    .orderBy("id", direction)
    .limit(limit);
}

const flipped = (prepared: PreparedFilter): PreparedFilter => ({
  ...prepared,
  sort: { ...prepared.sort, direction: prepared.sort.direction === "desc" ? "asc" : "desc" },
});

const positionOf = (row: Row): CursorPosition =>
  row.sort_group === null
    ? { value: row.sort_key, id: row.id }
    : { value: row.sort_key, group: row.sort_group, id: row.id };

/**
 * One page of a tenant's transactions: filter, sort with the id as a stable tie-break, keyset
 * paging both ways with signed cursors, and the exact total of the filter.
 *
 * A Next cursor leads to the rows after the page's last row, a Previous cursor to the rows before
 * its first row, read in the reverse order on the same index (never an OFFSET scan). A cursor also
 * carries the number of rows before the page it leads to, so a pasted link still knows where it is.
 * Previous reaching the start of the search answers the first page itself.
 */
export async function searchTransactions(
  db: Db,
  tenantId: string,
  request: SearchRequest,
  now = clockNow(),
): Promise<SearchResult> {
  const { filter, sort, page } = request;
  const secret = await getSecret(db, "cursor");
  // The time bounds stay out of the scope: a relative range ("last 30 days") moves a little on every
  // request, and keyset paging stays correct when they do.
  const { receivedFrom: _rf, receivedTo: _rt, updatedFrom: _uf, updatedTo: _ut, ...scoped } = filter;
  const scope = cursorScope([tenantId, scoped, sort]);
  const cursor: Cursor | null = page.cursor ? decodeCursor(secret, page.cursor, scope) : null;

  const prepared = await prepareFilter(db, tenantId, filter, sort, page.size, now);
  let pageRows: Row[];
  let offset: number | undefined;
  let more: boolean;
  let earlier: boolean;
  const backward = cursor?.backward
    ? await rowsQuery(db, tenantId, flipped(prepared), cursor.position, page.size + 1).execute()
    : null;
  if (backward && backward.length > page.size) {
    pageRows = backward.slice(0, page.size).reverse();
    // The rows after this page: at least the one the cursor was taken from (unless it went since).
    more = true;
    earlier = true;
    offset = cursor?.offset;
  } else {
    // The first page, a Next cursor's page, or Previous that reached the start (the first page then).
    const after = cursor && !cursor.backward ? cursor.position : null;
    const rows = await rowsQuery(db, tenantId, prepared, after, page.size + 1).execute();
    more = rows.length > page.size;
    pageRows = more ? rows.slice(0, page.size) : rows;
    earlier = after !== null;
    offset = after ? cursor?.offset : 0;
  }
  const first = pageRows.at(0);
  const last = pageRows.at(-1);
  const link = (row: Row, backward: boolean, rowsBefore: number | undefined) =>
    encodeCursor(
      secret,
      {
        position: positionOf(row),
        backward,
        ...(rowsBefore !== undefined && rowsBefore >= 0 ? { offset: rowsBefore } : {}),
      },
      scope,
    );
  return {
    items: pageRows.map((row) => toTransaction(row, now)),
    total: prepared.total,
    ...(prepared.atLeast ? { totalRelation: "gte" as const } : {}),
    nextCursor: more && last ? link(last, false, offset === undefined ? undefined : offset + pageRows.length) : null,
    prevCursor: earlier && first ? link(first, true, offset === undefined ? undefined : offset - page.size) : null,
    ...(offset !== undefined ? { offset } : {}),
  };
}
