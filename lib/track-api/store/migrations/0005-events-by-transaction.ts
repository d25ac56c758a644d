import { type Kysely, sql } from "kysely";

// An event is identified by (tenant, transaction, event id), the ingest contract since this version
// (README, "Ingesting events"): a replay carries the same transaction id and is still recognised;
// the same event id under another transaction is another event. The key then also finds a
// transaction's events, so one index per event replaces two (the event id key, which every event
// landed in at random, and events_by_transaction).
export async function up(db: Kysely<unknown>): Promise<void> {
  // NOTE: SQLite cannot change a primary key in place: the table is copied under the new key.
  await sql`create table events_by_key (
    tenant_id text not null, id text not null, transaction_id text not null, tx_seq integer not null,
    occurred_at bigint not null, ingested_at bigint not null, type text not null, step text not null,
    level text not null, message text, error_code text, business_status text, metadata text,
    primary key (tenant_id, tx_seq, id)
  )`.execute(db);
  await sql`insert into events_by_key select tenant_id, id, transaction_id, tx_seq, occurred_at, ingested_at, type, step,
    level, message, error_code, business_status, metadata from events order by tenant_id, tx_seq, id`.execute(db);
  await sql`drop table events`.execute(db);
  await sql`alter table events_by_key rename to events`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create table events_by_id (
    tenant_id text not null, id text not null, transaction_id text not null, tx_seq integer not null default 0,
    occurred_at bigint not null, ingested_at bigint not null, type text not null, step text not null,
    level text not null, message text, error_code text, business_status text, metadata text,
    primary key (tenant_id, id)
  )`.execute(db);
  await sql`insert or ignore into events_by_id select * from events`.execute(db);
  await sql`drop table events`.execute(db);
  await sql`alter table events_by_id rename to events`.execute(db);
  await sql`create index events_by_transaction on events (tenant_id, tx_seq, occurred_at)`.execute(db);
}
