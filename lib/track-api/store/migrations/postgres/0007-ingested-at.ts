import { type Kysely, sql } from "kysely";

// See ../0007-ingested-at.ts. The index is created on the partitioned table, so every weekly
// partition (store/dialect/postgres-partitions.ts) has its own, leading with the tenant.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table transactions add column ingested_at bigint not null default 0`.execute(db);
  await sql`update transactions set ingested_at = received_at`.execute(db);
  await sql`create index transactions_ingested on transactions (tenant_id, ingested_at)`.execute(db);
  await sql`alter table ingest_marks add column snapshot_at bigint not null default 0`.execute(db);
  await sql`update ingest_marks m set snapshot_at = greatest(m.newest_ingested_at, coalesce(
    (select max(ingested_at) from transactions t where t.tenant_id = m.tenant_id), 0))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ingest_marks drop column snapshot_at`.execute(db);
  await sql`drop index transactions_ingested`.execute(db);
  await sql`alter table transactions drop column ingested_at`.execute(db);
}
