import { type Kysely, sql } from "kysely";

// Search in event texts (filter.text, store/event-text.ts): an FTS5 trigram index over each event's
// message and error code, lower-cased as JavaScript does (js_lower, registered by store/db.ts
// openDb), so that `body like '%word%'` is answered from the index. External content: the text is
// stored once, in events; event_texts_source is the view the index reads it from. The tenant and
// the transaction id are unindexed columns, read from events by rowid for the index's matches.
// NOTE: keyed by the events' implicit rowid, which VACUUM may renumber: rebuild after a VACUUM
// (`insert into event_texts (event_texts) values ('rebuild')`, as StoreDialect.rebuildSearchIndex does).
const BODY = (row: "new" | "old") =>
  sql.raw(`js_lower(coalesce(${row}.message, '') || ' ' || coalesce(${row}.error_code, ''))`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create view event_texts_source as select rowid as event_rowid, tenant_id, transaction_id,
    js_lower(coalesce(message, '') || ' ' || coalesce(error_code, '')) as body from events`.execute(db);
  await sql`create virtual table event_texts using fts5(
    tenant_id unindexed, transaction_id unindexed, body,
    content = 'event_texts_source', content_rowid = 'event_rowid', tokenize = 'trigram'
  )`.execute(db);
  await sql`create trigger event_texts_insert after insert on events begin
    insert into event_texts (rowid, tenant_id, transaction_id, body) values (new.rowid, new.tenant_id, new.transaction_id, ${BODY("new")});
  end`.execute(db);
  await sql`create trigger event_texts_delete after delete on events begin
    insert into event_texts (event_texts, rowid, tenant_id, transaction_id, body) values ('delete', old.rowid, old.tenant_id, old.transaction_id, ${BODY("old")});
  end`.execute(db);
  await sql`create trigger event_texts_update after update of message, error_code on events begin
    insert into event_texts (event_texts, rowid, tenant_id, transaction_id, body) values ('delete', old.rowid, old.tenant_id, old.transaction_id, ${BODY("old")});
    insert into event_texts (rowid, tenant_id, transaction_id, body) values (new.rowid, new.tenant_id, new.transaction_id, ${BODY("new")});
  end`.execute(db);
  // The events stored so far.
  await sql`insert into event_texts (event_texts) values ('rebuild')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const trigger of ["insert", "delete", "update"])
    await sql.raw(`drop trigger event_texts_${trigger}`).execute(db);
  await sql`drop table event_texts`.execute(db);
  await sql`drop view event_texts_source`.execute(db);
}
