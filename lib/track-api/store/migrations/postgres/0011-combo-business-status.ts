import { type Kysely, sql } from "kysely";

// As on SQLite (../0011-combo-business-status.ts): rollup_combos made anew with business status
// among its key columns; the rollups are rebuilt on open (ROLLUP_VERSION).
const text = sql.raw(`text collate "C"`);

/** The rollups are rebuilt on the next open (store/derived-tables.ts), whatever version built them. */
const rebuildOnOpen = (db: Kysely<unknown>) => sql`delete from meta where key = 'rollup-version'`.execute(db);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rollup_combos`.execute(db);
  await sql`create table rollup_combos (
    tenant_id ${text} not null, span bigint not null, start bigint not null, status ${text} not null,
    document_type ${text} not null, direction ${text} not null, in_channel ${text} not null,
    out_channel ${text} not null, format ${text} not null, error_type ${text} not null,
    business_status ${text} not null, n bigint not null,
    primary key (tenant_id, span, start, status, document_type, direction, in_channel, out_channel, format, error_type, business_status)
  )`.execute(db);
  await rebuildOnOpen(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rollup_combos`.execute(db);
  await sql`create table rollup_combos (
    tenant_id ${text} not null, span bigint not null, start bigint not null, status ${text} not null,
    document_type ${text} not null, direction ${text} not null, in_channel ${text} not null,
    out_channel ${text} not null, format ${text} not null, error_type ${text} not null, n bigint not null,
    primary key (tenant_id, span, start, status, document_type, direction, in_channel, out_channel, format, error_type)
  )`.execute(db);
  await rebuildOnOpen(db);
}
