// Ingestion: writes the rows state-to-row.ts makes, in batched statements.
import type SQLite from "better-sqlite3";
import type { Db } from "../connection";
import { TRANSACTION_COLUMNS } from "../row-to-api";
import type { TransactionRow } from "../schema";
import { statement } from "./sqlite-statements";

/** The columns ingestion derives from events (all but the key): the API's, and what only the store keeps. */
export const DERIVED_COLUMNS = [
  ...TRANSACTION_COLUMNS.filter((c): c is Exclude<typeof c, "id"> => c !== "id"),
  "attachments",
  "reference",
  "search_text",
  "search_head",
  "party_key",
] as const;
type Column = (typeof DERIVED_COLUMNS)[number];

// NOTE: SQLite allows 32,766 bound parameters per statement.
const MAX_PARAMETERS = 30_000;

const updateSql = (columns: Column[]) =>
  `update transactions set ${columns.map((c) => `${c} = @${c}`).join(", ")} where tenant_id = @tenant_id and id = @id`;

/**
 * Stores re-derived transactions (inside the caller's transaction `trx` on `sqlite`): existing ones
 * are updated in only the columns that changed, new ones inserted. Every index holding an assigned
 * column is rewritten on an UPDATE, so assigning all 27 columns would rewrite all of the table's
 * indexes for every new event, while a typical event changes the status and a time or two.
 */
export async function writeTransactions(
  trx: Db,
  sqlite: SQLite.Database,
  before: Map<string, TransactionRow>,
  rows: TransactionRow[],
): Promise<void> {
  const inserts: TransactionRow[] = [];
  for (const row of rows) {
    const old = before.get(row.id);
    if (!old) {
      inserts.push(row);
      continue;
    }
    const columns = DERIVED_COLUMNS.filter((c) => old[c] !== row[c]);
    // One prepared statement per set of changed columns (a few dozen sets occur).
    if (columns.length) statement(sqlite, updateSql(columns)).run(row);
  }
  // NOTE: new rows go in multi-row statements, after the updates. Each statement that follows a
  // write to the free-text index (FTS5, fed by a trigger on insert) flushes that index's pending
  // terms into a new segment; a statement per row made the inserts 2.5× slower.
  const chunk = Math.floor(MAX_PARAMETERS / (DERIVED_COLUMNS.length + 2));
  for (let i = 0; i < inserts.length; i += chunk)
    await trx
      .insertInto("transactions")
      .values(inserts.slice(i, i + chunk))
      .execute();
}
