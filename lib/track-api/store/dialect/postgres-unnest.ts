import { sql, type RawBuilder } from "kysely";
import type { Db } from "../connection";

/** The PostgreSQL type of each column of a row. */
export type ColumnTypes<R> = { [K in keyof R]-?: string };

/** One array parameter per column, cast to its type: `unnest` turns them back into rows. */
function unnestOf(types: Record<string, string>, rows: readonly object[]) {
  const columns = Object.keys(types);
  const arrays = columns.map(
    (c) => sql`${rows.map((r) => (r as Record<string, unknown>)[c] ?? null)}::${sql.raw(types[c])}[]`,
  );
  return { columns, unnest: sql`unnest(${sql.join(arrays)})` };
}

/**
 * Inserts rows with one statement of one parameter per column, whatever the number of rows (a
 * multi-row VALUES would bind one per value, up to PostgreSQL's 65,535). `tail` is e.g. an ON CONFLICT clause.
 */
export async function insertUnnest(
  trx: Db,
  table: string,
  types: Record<string, string>,
  rows: readonly object[],
  tail: RawBuilder<unknown> = sql``,
): Promise<void> {
  const { columns, unnest } = unnestOf(types, rows);
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    select * from ${unnest} ${tail}`.execute(trx);
}

/**
 * Updates rows `t` of a table from rows `v` given as arrays (every column in `types`, plus any extra
 * ones the rows carry for `match`, typed like the column they stand for), joined on `match`.
 */
export async function updateUnnest(
  trx: Db,
  table: string,
  types: Record<string, string>,
  rows: readonly object[],
  match: RawBuilder<unknown>,
): Promise<void> {
  const extra = Object.keys(rows[0]).filter((c) => !(c in types));
  const all = { ...types, ...Object.fromEntries(extra.map((c) => [c, types[c.replace(/^old_/, "")] ?? "text"])) };
  const { columns, unnest } = unnestOf(all, rows);
  const assigned = Object.keys(types).filter((c) => !/^(tenant_id|id)$/.test(c));
  await sql`update ${sql.table(table)} as t set ${sql.join(assigned.map((c) => sql`${sql.ref(c)} = ${sql.ref(`v.${c}`)}`))}
    from ${unnest} as v(${sql.join(columns.map((c) => sql.ref(c)))}) where ${match}`.execute(trx);
}
