import { type Kysely, type QueryExecutorProvider, sql } from "kysely";

// Search in event texts (store/event-text.ts), collected from each tenant's distinct event texts:
// a line is an event's message and error code, lower-cased as JavaScript does (js_lower, registered
// by store/db.ts openDb) and with no line break, as store/event-text-lines.ts makes it. `event_lines`
// holds each tenant's lines once, under an FTS5 trigram index (`event_lines_text`, external
// content); `transaction_lines` which transactions have each line. A text is matched against the
// distinct lines, then its transactions are read from one index, instead of reading every matching
// event by rowid. Triggers keep both: an event adds its line and its transaction's link; a deleted
// transaction takes its links along, and a line its last link. The events' index (0010) still
// answers the other tests.
const LINE = (row: "new" | "e") =>
  sql.raw(`replace(js_lower(coalesce(${row}.message, '') || ' ' || coalesce(${row}.error_code, '')), char(10), ' ')`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table event_lines (id integer primary key, tenant_id text not null, line text not null)`.execute(db);
  await sql`create unique index event_lines_key on event_lines (tenant_id, line)`.execute(db);
  await sql`create virtual table event_lines_text using fts5(
    line, content = 'event_lines', content_rowid = 'id', tokenize = 'trigram'
  )`.execute(db);
  await sql`create trigger event_lines_text_insert after insert on event_lines begin
    insert into event_lines_text (rowid, line) values (new.id, new.line);
  end`.execute(db);
  await sql`create trigger event_lines_text_delete after delete on event_lines begin
    insert into event_lines_text (event_lines_text, rowid, line) values ('delete', old.id, old.line);
  end`.execute(db);
  await sql`create table transaction_lines (
    line_id integer not null, transaction_id text not null, primary key (line_id, transaction_id)
  ) without rowid`.execute(db);
  await sql`create index transaction_lines_by_transaction on transaction_lines (transaction_id)`.execute(db);
  await sql`create trigger event_lines_insert after insert on events begin
    insert or ignore into event_lines (tenant_id, line) values (new.tenant_id, ${LINE("new")});
    insert or ignore into transaction_lines (line_id, transaction_id)
      select id, new.transaction_id from event_lines where tenant_id = new.tenant_id and line = ${LINE("new")};
  end`.execute(db);
  await sql`create trigger transaction_lines_delete after delete on transactions begin
    delete from transaction_lines where transaction_id = old.id
      and line_id in (select id from event_lines where tenant_id = old.tenant_id);
  end`.execute(db);
  // A text that only deleted transactions had (a document number's, say) goes with its last link.
  await sql`create trigger event_lines_unlinked after delete on transaction_lines begin
    delete from event_lines where id = old.line_id
      and not exists (select 1 from transaction_lines where line_id = old.line_id);
  end`.execute(db);
  await fillEventLines(db);
}

/** Fills both tables anew from the stored events (this migration, and after a bulk load: StoreDialect.rebuildSearchIndex). */
export async function fillEventLines(db: QueryExecutorProvider): Promise<void> {
  await sql`delete from transaction_lines`.execute(db);
  await sql`delete from event_lines`.execute(db);
  await sql`insert into event_lines (tenant_id, line)
    select distinct e.tenant_id, ${LINE("e")} from events e order by 1, 2`.execute(db);
  await sql`insert or ignore into transaction_lines (line_id, transaction_id)
    select l.id, e.transaction_id from events e
    join event_lines l on l.tenant_id = e.tenant_id and l.line = ${LINE("e")}`.execute(db);
  await sql`insert into event_lines_text (event_lines_text) values ('optimize')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // The triggers on the tables that stay; the others go with their tables.
  await sql`drop trigger event_lines_insert`.execute(db);
  await sql`drop trigger transaction_lines_delete`.execute(db);
  await sql`drop table transaction_lines`.execute(db);
  await sql`drop table event_lines_text`.execute(db);
  await sql`drop table event_lines`.execute(db);
}
