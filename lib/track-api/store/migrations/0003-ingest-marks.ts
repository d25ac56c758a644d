import { type Kysely, sql } from "kysely";

// One B-tree fewer per stored event (bench/NOTES.md, "Third round"): `events_ingested` (tenant,
// ingested_at) only answered "when did the tenant's newest event arrive" for the tracking lag; one
// row per tenant in ingest_marks, moved forward by every ingest batch, answers it instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table ingest_marks (tenant_id text primary key, newest_ingested_at bigint not null)`.execute(db);
  await sql`insert into ingest_marks select tenant_id, max(ingested_at) from events group by tenant_id`.execute(db);
  await sql`drop index events_ingested`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index events_ingested on events (tenant_id, ingested_at)`.execute(db);
  await sql`drop table ingest_marks`.execute(db);
}
