import { type Kysely, sql } from "kysely";

// Events are found by their transaction's number instead of its id (bench/NOTES.md, "Third round").
// Transaction ids are random, so the index (tenant, transaction_id, …) put every event of a batch on
// a page of its own, and each such page is written again at every commit. A transaction's number
// (`seq`, given in order of first arrival per tenant, never changed) keeps the events of live traffic,
// which belong to recent transactions, together at the end of the index. The event id key, which
// makes ingestion idempotent, is the one index left that an event lands at random in.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table transactions add column seq integer not null default 0`.execute(db);
  // Existing rows are numbered in the order they were stored; numbers only need to be unique per tenant.
  await sql`update transactions set seq = rowid`.execute(db);
  await sql`alter table ingest_marks add column last_seq integer not null default 0`.execute(db);
  await sql`insert into ingest_marks (tenant_id, newest_ingested_at, last_seq)
    select tenant_id, 0, max(seq) from transactions group by tenant_id
    on conflict (tenant_id) do update set last_seq = excluded.last_seq`.execute(db);
  await sql`alter table events add column tx_seq integer not null default 0`.execute(db);
  await sql`update events set tx_seq = coalesce((select t.seq from transactions t where t.tenant_id = events.tenant_id and t.id = events.transaction_id), 0)`.execute(
    db,
  );
  await sql`drop index events_transaction`.execute(db);
  await sql`create index events_by_transaction on events (tenant_id, tx_seq, occurred_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index events_by_transaction`.execute(db);
  await sql`create index events_transaction on events (tenant_id, transaction_id, occurred_at)`.execute(db);
  await sql`alter table events drop column tx_seq`.execute(db);
  await sql`alter table ingest_marks drop column last_seq`.execute(db);
  await sql`alter table transactions drop column seq`.execute(db);
}
