import { type Kysely, sql } from "kysely";

// As on SQLite (../0009-references.ts): the reference column and a partial index on it, leading
// with the tenant; created on the partitioned table, so every weekly partition gets its own.
const text = sql.raw(`text collate "C"`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table transactions add column reference ${text}`.execute(db);
  await sql`create index transactions_reference on transactions (tenant_id, reference) where reference is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index transactions_reference`.execute(db);
  await sql`alter table transactions drop column reference`.execute(db);
}
