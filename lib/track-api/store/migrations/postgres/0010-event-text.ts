import { type Kysely, sql } from "kysely";

// Search in event texts (filter.text, store/event-text.ts), as on SQLite (../0010-event-text.ts):
// a trigram GIN index over each event's lower-cased message and error code, led by the tenant
// (btree_gin), on every weekly partition; event_texts is the view whose `body like '%word%'` it
// answers (the same expression, so the planner matches the index). Ingest keeps it current by itself.
const BODY = `lower(coalesce(message, '') || ' ' || coalesce(error_code, ''))`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create index events_text on events using gin (tenant_id, (${BODY}) public.gin_trgm_ops)`).execute(db);
  await sql.raw(`create view event_texts as select tenant_id, transaction_id, ${BODY} as body from events`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop view event_texts`.execute(db);
  await sql`drop index events_text`.execute(db);
}
