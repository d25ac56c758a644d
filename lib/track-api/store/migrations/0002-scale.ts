import { type Kysely, sql } from "kysely";
import { partyKeys } from "../party-sets";
import type { Database } from "../schema";

// What a million transactions per tenant needs (bench/RESULTS.md): an index for free text, indexes
// that answer overdue and throughput questions without reading rows, and rollup tables that answer
// counts and charts without scanning the range. The rollups are filled by store/derived-tables.ts (on the
// first open after this migration, and whenever their definition changes) and kept current by
// ingestEvents.
// NOTE: SQLite only (FTS5). A PostgreSQL store would use a pg_trgm GIN index on search_text instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Free text is split in two: the head (id and document number, unique per row) is indexed by
  // trigrams; the parties (sender, receiver, partner ids and names) take few distinct values per
  // tenant, kept once in party_sets and referenced by party_key, so "every row of this partner" is
  // a rollup sum instead of a list of hundreds of thousands of rows. search_text = head + " " + parties.
  // NOTE: js_lower is JavaScript's toLowerCase, registered by store/db.ts openDb.
  await sql`alter table transactions add column search_head text not null default ''`.execute(db);
  await sql`alter table transactions add column party_key integer`.execute(db);
  await sql`create table party_sets (id integer primary key, tenant_id text not null, text text not null, unique (tenant_id, text))`.execute(
    db,
  );
  // NOTE: keys are hashes of the text (store/party-sets.ts), looked up by text: the hash may change
  // later without touching stored keys.
  const parties = sql`js_lower(concat_ws(' ', nullif(sender_id, ''), nullif(sender_name, ''), nullif(receiver_id, ''), nullif(receiver_name, ''), nullif(partner_id, ''), nullif(partner_name, '')))`;
  await sql`update transactions set search_head = js_lower(concat_ws(' ', nullif(id, ''), nullif(document_number, '')))`.execute(
    db,
  );
  const distinct = await sql<{
    tenant_id: string;
    text: string;
  }>`select distinct tenant_id, ${parties} as text from transactions`.execute(db);
  const byTenant = new Map<string, string[]>();
  for (const r of distinct.rows) byTenant.set(r.tenant_id, [...(byTenant.get(r.tenant_id) ?? []), r.text]);
  for (const [tenantId, texts] of byTenant) await partyKeys(db as Kysely<Database>, tenantId, texts);
  await sql`update transactions set party_key = (select p.id from party_sets p where p.tenant_id = transactions.tenant_id and p.text = ${parties})`.execute(
    db,
  );
  await sql`create index transactions_party on transactions (tenant_id, party_key, received_at)`.execute(db);

  // Trigram index over the head; external content, so the text is stored once, in transactions.
  // NOTE: it is keyed by the transactions' implicit rowid, which VACUUM may renumber: rebuild the
  // index after a VACUUM (`insert into transactions_search(transactions_search) values ('rebuild')`).
  await sql`create virtual table transactions_search using fts5(
    search_head, content = 'transactions', content_rowid = 'rowid', tokenize = 'trigram case_sensitive 1'
  )`.execute(db);
  await sql`create trigger transactions_search_insert after insert on transactions begin
    insert into transactions_search (rowid, search_head) values (new.rowid, new.search_head);
  end`.execute(db);
  await sql`create trigger transactions_search_delete after delete on transactions begin
    insert into transactions_search (transactions_search, rowid, search_head) values ('delete', old.rowid, old.search_head);
  end`.execute(db);
  await sql`create trigger transactions_search_update after update of search_head on transactions
    when old.search_head is not new.search_head begin
    insert into transactions_search (transactions_search, rowid, search_head) values ('delete', old.rowid, old.search_head);
    insert into transactions_search (rowid, search_head) values (new.rowid, new.search_head);
  end`.execute(db);
  await sql`insert into transactions_search (transactions_search) values ('rebuild')`.execute(db);

  // Status lists end in sla_due_at: overdue (a non-terminal status past its SLA) is counted from the index.
  await sql`drop index transactions_status`.execute(db);
  await sql`create index transactions_status on transactions (tenant_id, status, received_at, id, sla_due_at)`.execute(
    db,
  );
  // Transactions not overdue yet (SLA ahead, or none) among the open ones: few, whatever the history.
  // It replaces the plain SLA index, which no query uses any more (every index slows ingestion).
  await sql`create index transactions_open_sla on transactions (tenant_id, status, sla_due_at)`.execute(db);
  await sql`drop index transactions_sla_due`.execute(db);
  // Delivery times in order, for exact percentiles within one rollup bucket (store/stats-rollup.ts).
  await sql`create index transactions_duration on transactions (tenant_id, (delivered_at - received_at), received_at, status)
    where delivered_at is not null`.execute(db);

  // Counts per tenant, period (an hour or a UTC day), one dimension's value and status.
  await sql`create table rollup_dims (
    tenant_id text not null, span integer not null, dim text not null, start integer not null,
    value text not null, label text not null, status text not null, n integer not null,
    primary key (tenant_id, span, dim, start, value, label, status)
  ) without rowid`.execute(db);
  // Counts per tenant, period and every combination of the enumerated filter columns.
  await sql`create table rollup_combos (
    tenant_id text not null, span integer not null, start integer not null, status text not null,
    document_type text not null, direction text not null, in_channel text not null, out_channel text not null,
    format text not null, error_type text not null, n integer not null,
    primary key (tenant_id, span, start, status, document_type, direction, in_channel, out_channel, format, error_type)
  ) without rowid`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["rollup_combos", "rollup_dims"]) await db.schema.dropTable(table).execute();
  await sql`drop index transactions_duration`.execute(db);
  await sql`drop index transactions_open_sla`.execute(db);
  await sql`create index transactions_sla_due on transactions (tenant_id, sla_due_at)`.execute(db);
  await sql`drop index transactions_status`.execute(db);
  await sql`create index transactions_status on transactions (tenant_id, status, received_at, id)`.execute(db);
  for (const trigger of ["insert", "delete", "update"])
    await sql.raw(`drop trigger transactions_search_${trigger}`).execute(db);
  await sql`drop table transactions_search`.execute(db);
  await sql`drop index transactions_party`.execute(db);
  await sql`drop table party_sets`.execute(db);
  await sql`alter table transactions drop column party_key`.execute(db);
  await sql`alter table transactions drop column search_head`.execute(db);
}
