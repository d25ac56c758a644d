import { type Kysely, sql } from "kysely";

// Search in event texts on PostgreSQL (store/event-text.ts), moved from the events to their
// transactions: `transactions.event_text` holds each distinct text of a transaction's events on a
// line of its own, lower-cased (store/event-text-lines.ts; the ingest writer keeps it,
// dialect/postgres-ingest.ts), under a trigram GIN index led by the tenant. A search then finds its
// transactions in one index of one row each, with nothing to look up per event, and a page of them
// reads no other table. Migration 0010's index over every event's text is dropped.
// NOTE: the backfill writes every stored transaction once more (minutes at a million), lower-cased by
// lower(), which folds as JavaScript does but for a few characters (ingestion lower-cases in JavaScript).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table transactions add column event_text text`.execute(db);
  await sql`update transactions t set event_text = x.lines from (
      select tenant_id, tx_seq, string_agg(line, E'\\n' order by line) as lines from (
        select distinct tenant_id, tx_seq, replace(lower(coalesce(message, '') || ' ' || coalesce(error_code, '')), E'\\n', ' ') as line
        from events) as e
      group by tenant_id, tx_seq) as x
    where x.tenant_id = t.tenant_id and x.tx_seq = t.seq`.execute(db);
  await sql`create index transactions_event_text on transactions using gin (tenant_id, event_text public.gin_trgm_ops)`.execute(
    db,
  );
  await sql`drop view event_texts`.execute(db);
  await sql`drop index events_text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const body = sql.raw(`lower(coalesce(message, '') || ' ' || coalesce(error_code, ''))`);
  await sql`create index events_text on events using gin (tenant_id, (${body}) public.gin_trgm_ops)`.execute(db);
  await sql`create view event_texts as select tenant_id, transaction_id, ${body} as body from events`.execute(db);
  await sql`drop index transactions_event_text`.execute(db);
  await sql`alter table transactions drop column event_text`.execute(db);
}
