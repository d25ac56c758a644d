import { type Kysely, type QueryExecutorProvider, sql } from "kysely";

// Search in event texts on PostgreSQL (store/event-text.ts), third form: each tenant's distinct event
// texts ("lines", as in transactions.event_text: store/event-text-lines.ts) once in `event_lines`,
// under a trigram GIN index, and which transactions have each line in `transaction_lines`. A text is
// then matched against the distinct lines (one table, no partitions, no transaction read), and
// its transactions are read from one btree, index-only, instead of rechecking every candidate row of
// 14 weekly partitions. The ingest writer keeps both (dialect/postgres-ingest.ts); the partitions'
// expiry deletes the links of the transactions it drops, then the lines no transaction has any more
// (dialect/postgres-partitions.ts).
// NOTE: a line is unique by its hash, since a btree entry holds at most about 2,700 bytes.
export async function up(db: Kysely<unknown>): Promise<void> {
  // NOTE: the migrations run in one database transaction; at a million transactions the filling
  // takes minutes, past a server's statement timeout.
  await sql`set local statement_timeout = 0`.execute(db);
  await sql`create table event_lines (
    id bigint generated always as identity primary key,
    tenant_id text not null,
    line text not null
  )`.execute(db);
  await sql`create unique index event_lines_key on event_lines (tenant_id, md5(line))`.execute(db);
  await sql`create table transaction_lines (
    line_id bigint not null,
    tx_seq bigint not null,
    primary key (line_id, tx_seq)
  )`.execute(db);
  await fillEventLines(db);
  await sql`create index event_lines_text on event_lines using gin (tenant_id, line public.gin_trgm_ops)`.execute(db);
  await sql`create index transaction_lines_seq on transaction_lines (tx_seq)`.execute(db);
}

/**
 * Fills both tables anew from the transactions' event texts (this migration, and after a bulk load:
 * StoreDialect.rebuildSearchIndex), in the caller's database transaction, without a statement timeout.
 */
export async function fillEventLines(db: QueryExecutorProvider): Promise<void> {
  await sql`truncate transaction_lines, event_lines`.execute(db);
  const lines = sql`select t.tenant_id, t.seq, l.line from transactions t
    cross join lateral unnest(string_to_array(t.event_text, E'\\n')) as l(line)`;
  await sql`insert into event_lines (tenant_id, line)
    select tenant_id, line from (select distinct tenant_id, line from (${lines}) as a) as d order by tenant_id, line`.execute(
    db,
  );
  await sql`insert into transaction_lines (line_id, tx_seq)
    select el.id, a.seq from (${lines}) as a
    join event_lines el on el.tenant_id = a.tenant_id and md5(el.line) = md5(a.line) and el.line = a.line`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table transaction_lines`.execute(db);
  await sql`drop table event_lines`.execute(db);
}
