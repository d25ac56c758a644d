import { now as clockNow } from "@/lib/clock";
import type { Transaction } from "@/lib/domain/transaction";
import type { ExportRequest } from "@/lib/filters/schema";
import type { CursorPosition } from "./cursor";
import { dialectOf, type Db } from "./connection";
import { rowFromValues, toTransaction, TRANSACTION_COLUMNS } from "./row-to-api";
import { prepareFilter, rowsQuery, type RowColumns } from "./search";

/**
 * Rows read per statement. Small chunks keep each one's rows, strings and bytes short-lived, so
 * they die young instead of growing the server's heap: at 1M rows, 500 per chunk streamed
 * 54–64k rows/s with the server's peak at 250 MB, 2,000 per chunk 49k rows/s at 377 MB.
 */
export const EXPORT_CHUNK = 500;

export interface TransactionExport {
  /** The exact total of the filter when the export started; null when only a lower bound is known (search.ts PreparedFilter). */
  total: number | null;
  /** Every row in sort order, a chunk at a time; reading stops when the consumer stops. */
  chunks: AsyncGenerator<Transaction[], void, undefined>;
}

/**
 * Every row of a search in its sort order as value arrays (`columns`, which must hold `id`, then the
 * sort key and its group), a chunk at a time on the keyset: no cursor signing, no count per chunk, no statement
 * open between chunks. The transaction export and the event extract both read through this.
 */
export async function keysetChunks(
  db: Db,
  tenantId: string,
  request: ExportRequest,
  now: number,
  chunk: number,
  columns: RowColumns,
): Promise<{ total: number | null; chunks: AsyncGenerator<unknown[][], void, undefined> }> {
  const prepared = await prepareFilter(db, tenantId, request.filter, request.sort, chunk, now);
  const dialect = dialectOf(db);
  const id = columns.indexOf("id");
  const sortKey = columns.length;
  const sortGroup = sortKey + 1;
  const read = (after: CursorPosition | null): Promise<unknown[][]> =>
    dialect.readArrays(db, rowsQuery(db, tenantId, prepared, after, chunk, columns).compile());
  async function* chunks() {
    let after: CursorPosition | null = null;
    for (;;) {
      const rows = await read(after);
      if (rows.length) yield rows;
      const last = rows.at(-1);
      if (!last || rows.length < chunk) return;
      after = { value: last[sortKey] as string | number, id: last[id] as string };
      if (last[sortGroup] !== null) after.group = last[sortGroup] as string;
    }
  }
  return { total: prepared.atLeast ? null : prepared.total, chunks: chunks() };
}

/**
 * Every transaction of a search, in its sort order, read chunk by chunk on the keyset, so that a
 * million-row export neither holds its rows in memory nor keeps a statement open between chunks.
 * Rows are read as value arrays: the same query as a search page, without the cost of a row object
 * per row.
 */
export async function exportTransactions(
  db: Db,
  tenantId: string,
  request: ExportRequest,
  now = clockNow(),
  chunk = EXPORT_CHUNK,
): Promise<TransactionExport> {
  const { total, chunks: rows } = await keysetChunks(db, tenantId, request, now, chunk, TRANSACTION_COLUMNS);
  async function* chunks() {
    for await (const values of rows) yield values.map((row) => toTransaction(rowFromValues(row), now));
  }
  return { total, chunks: chunks() };
}
