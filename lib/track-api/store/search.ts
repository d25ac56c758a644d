import { sql } from "kysely";
import type { SearchResult } from "@/lib/domain/transaction";
import type { SearchRequest } from "@/lib/filters/schema";
import type { Db } from "./db";
import { countTransactions } from "./count";
import { planFreeText, shouldWalk } from "./free-text";
import { cursorScope, decodeCursor, encodeCursor } from "./cursor";
import { SORT_EXPRESSIONS, whereFilter } from "./filter-sql";
import { toTransaction, TRANSACTION_COLUMNS } from "./rows";
import { getSecret } from "./secrets";

/**
 * One page of a tenant's transactions: filter, sort with the id as a stable tie-break, keyset
 * paging with a signed cursor, and the exact total of the filter.
 */
export async function searchTransactions(db: Db, tenantId: string, request: SearchRequest, now = Date.now()): Promise<SearchResult> {
  const { filter, sort, page } = request;
  const secret = await getSecret(db, "cursor");
  const plan = await planFreeText(db, tenantId, filter.q);
  // The time bounds stay out of the scope: a relative range ("last 30 days") moves a little on every
  // request, and keyset paging stays correct when they do.
  const { receivedFrom: _rf, receivedTo: _rt, updatedFrom: _uf, updatedTo: _ut, ...scoped } = filter;
  const scope = cursorScope([tenantId, scoped, sort]);
  const after = page.cursor ? decodeCursor(secret, page.cursor, scope) : null;
  const key = sql.raw(SORT_EXPRESSIONS[sort.field]);
  const desc = sort.direction === "desc";

  // The total first: with free text it decides how the page is found (store/free-text.ts).
  const total = await countTransactions(db, tenantId, filter, now, plan);
  const walk = (plan !== undefined || filter.overdue === true) && shouldWalk(total, await countTransactions(db, tenantId, {}, now), page.size);
  if (plan) plan.walk = walk;

  let query = db
    .selectFrom("transactions")
    .select(TRANSACTION_COLUMNS)
    .select(sql<string | number>`${key}`.as("sort_key"))
    .where(whereFilter(tenantId, filter, now, plan, walk));
  if (after) {
    query = query.where(desc ? sql<boolean>`(${key}, id) < (${after.value}, ${after.id})` : sql<boolean>`(${key}, id) > (${after.value}, ${after.id})`);
  }
  const rows = await query
    .orderBy(sql`${key} ${sql.raw(desc ? "desc" : "asc")}`)
    .orderBy("id", desc ? "desc" : "asc")
    .limit(page.size + 1)
    .execute();

  const more = rows.length > page.size;
  const pageRows = more ? rows.slice(0, page.size) : rows;
  const last = pageRows.at(-1);
  return {
    items: pageRows.map((row) => toTransaction(row, now)),
    total,
    nextCursor: more && last ? encodeCursor(secret, { value: last.sort_key, id: last.id }, scope) : null,
  };
}
