import { type Kysely, sql } from "kysely";

// As on SQLite (../0005-events-by-transaction.ts): events keyed by (tenant, transaction, event id),
// which also finds a transaction's events. The key holds the partition column (occurred_at), as
// every key of a partitioned table must.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table events drop constraint events_pkey`.execute(db);
  await sql`drop index events_by_transaction`.execute(db);
  await sql`alter table events add primary key (tenant_id, tx_seq, id, occurred_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table events drop constraint events_pkey`.execute(db);
  await sql`alter table events add primary key (tenant_id, id, occurred_at)`.execute(db);
  await sql`create index events_by_transaction on events (tenant_id, tx_seq, occurred_at)`.execute(db);
}
