import { type Kysely, sql } from "kysely";

// The transactions a message text collected (store/event-text.ts), found again on PostgreSQL by the
// keys of their distinct event texts instead of by the text's trigrams, when all of them are read (a
// facet count, store/facets.ts): `event_line_keys(event_text)` is the md5 of each line of a
// transaction's own event texts (migration 0012), under a GIN index, and the count asks for the keys
// of the text's lines (migration 0013's `event_lines`). At a million, counting the 9,676 of
// `unknown_recipient` over the 14 weekly partitions took 23.6 ms instead of 48 (each partition's
// index scan 0.6 ms instead of 2.1–2.5): a lookup per line instead of 18 trigrams, several of them
// common. No column is added: the index is computed from the column the ingest writer writes anyway.
// NOTE: keyed by md5, since a GIN entry holds at most about 2,700 bytes; the keys are the lines', not
// the tenant's, so the tenant's clause drops the rows of other tenants with the same texts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`set local statement_timeout = 0`.execute(db);
  await sql`create function event_line_keys(event_text text) returns uuid[]
    language sql immutable parallel safe
    as $$ select array(select md5(line)::uuid from unnest(string_to_array(event_text, E'\\n')) as l(line)) $$`.execute(
    db,
  );
  await sql`create index transactions_event_line_keys on transactions using gin (event_line_keys(event_text))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index transactions_event_line_keys`.execute(db);
  await sql`drop function event_line_keys(text)`.execute(db);
}
