import { type Kysely, sql } from "kysely";

// Business status joins rollup_combos' columns, so a count or a facet menu of a filter naming it
// with the other enumerated columns is summed from the rollups (store/count.ts, store/facets.ts)
// instead of read from the rows. A column of a table's primary key cannot be added in place: the
// table is made anew, empty, and the rollups are rebuilt on open (ROLLUP_VERSION, store/derived-tables.ts).

/** The rollups are rebuilt on the next open (store/derived-tables.ts), whatever version built them. */
const rebuildOnOpen = (db: Kysely<unknown>) => sql`delete from meta where key = 'rollup-version'`.execute(db);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rollup_combos`.execute(db);
  await sql`create table rollup_combos (
    tenant_id text not null, span integer not null, start integer not null, status text not null,
    document_type text not null, direction text not null, in_channel text not null, out_channel text not null,
    format text not null, error_type text not null, business_status text not null, n integer not null,
    primary key (tenant_id, span, start, status, document_type, direction, in_channel, out_channel, format, error_type, business_status)
  ) without rowid`.execute(db);
  await rebuildOnOpen(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rollup_combos`.execute(db);
  await sql`create table rollup_combos (
    tenant_id text not null, span integer not null, start integer not null, status text not null,
    document_type text not null, direction text not null, in_channel text not null, out_channel text not null,
    format text not null, error_type text not null, n integer not null,
    primary key (tenant_id, span, start, status, document_type, direction, in_channel, out_channel, format, error_type)
  ) without rowid`.execute(db);
  await rebuildOnOpen(db);
}
