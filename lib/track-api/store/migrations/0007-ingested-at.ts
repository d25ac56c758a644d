import { type Kysely, sql } from "kysely";

// A transaction's first ingestion (`ingested_at`), set when it is first stored and never moved by
// later events, so that a count can be taken "as of" an instant and repeated exactly (the `asOf`
// filter: late events with an earlier received time do not join a window already counted). The
// tenant's mark gains `snapshot_at`, the instant of its last committed batch, strictly increasing in
// commit order: every transaction a batch adds is stamped with it (store/ingest.ts). Rows stored
// before this version count as ingested when they were received.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table transactions add column ingested_at bigint not null default 0`.execute(db);
  await sql`update transactions set ingested_at = received_at`.execute(db);
  await sql`create index transactions_ingested on transactions (tenant_id, ingested_at)`.execute(db);
  await sql`alter table ingest_marks add column snapshot_at bigint not null default 0`.execute(db);
  await sql`update ingest_marks set snapshot_at = max(newest_ingested_at, coalesce(
    (select max(ingested_at) from transactions t where t.tenant_id = ingest_marks.tenant_id), 0))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ingest_marks drop column snapshot_at`.execute(db);
  await sql`drop index transactions_ingested`.execute(db);
  await sql`alter table transactions drop column ingested_at`.execute(db);
}
