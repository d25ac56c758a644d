import { type Kysely, type QueryExecutorProvider, sql } from "kysely";

// The links of the tenants' distinct event texts (0013) name each transaction by its rowid, not its
// id: the transactions a message text collected are then read by rowid, in rowid order, one b-tree
// descent each, not two (the primary key's index, then the table) in the ids' random order. At a
// million transactions, reading the 9,676 of an error code took 20 ms instead of 65.
// NOTE: keyed by the transactions' implicit rowid, which VACUUM may renumber, as the free-text
// index (0002) is: refill after a VACUUM (fillEventLines, as StoreDialect.rebuildSearchIndex does).
// An event's trigger links its transaction when that is stored; a new transaction's events come
// first in an ingest batch, so the transaction's own trigger links them.
const LINE = (row: "new" | "e") =>
  sql.raw(`replace(js_lower(coalesce(${row}.message, '') || ' ' || coalesce(${row}.error_code, '')), char(10), ' ')`);

type Key = "tx_rowid" | "transaction_id";

/**
 * Replaces the links' table with one keyed by `key`, converted from the links stored (the lines
 * stay): the triggers that write the links go first, then the table, its index and the trigger that
 * deletes a line with its last link are made again.
 */
async function rekeyLinks(db: Kysely<unknown>, key: Key) {
  for (const trigger of [
    "event_lines_insert",
    "transaction_lines_insert",
    "transaction_lines_delete",
    "event_lines_unlinked",
  ])
    await sql`drop trigger if exists ${sql.raw(trigger)}`.execute(db);
  await sql`drop index transaction_lines_by_transaction`.execute(db);
  await sql`alter table transaction_lines rename to transaction_lines_before`.execute(db);
  const column = sql.raw(key);
  await sql`create table transaction_lines (
    line_id integer not null, ${column} ${sql.raw(key === "tx_rowid" ? "integer" : "text")} not null,
    primary key (line_id, ${column})
  ) without rowid`.execute(db);
  const [from, to] = key === "tx_rowid" ? ["t.id = b.transaction_id", "t.rowid"] : ["t.rowid = b.tx_rowid", "t.id"];
  await sql`insert into transaction_lines (line_id, ${column})
    select b.line_id, ${sql.raw(to)} from transaction_lines_before b
    join event_lines l on l.id = b.line_id
    join transactions t on t.tenant_id = l.tenant_id and ${sql.raw(from)}
    order by 1, 2`.execute(db);
  await sql`drop table transaction_lines_before`.execute(db);
  await sql`create index transaction_lines_by_transaction on transaction_lines (${column})`.execute(db);
  await sql`create trigger event_lines_unlinked after delete on transaction_lines begin
    delete from event_lines where id = old.line_id
      and not exists (select 1 from transaction_lines where line_id = old.line_id);
  end`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await rekeyLinks(db, "tx_rowid");
  await sql`create trigger event_lines_insert after insert on events begin
    insert or ignore into event_lines (tenant_id, line) values (new.tenant_id, ${LINE("new")});
    insert or ignore into transaction_lines (line_id, tx_rowid)
      select l.id, t.rowid from transactions t, event_lines l
      where t.tenant_id = new.tenant_id and t.id = new.transaction_id
        and l.tenant_id = new.tenant_id and l.line = ${LINE("new")};
  end`.execute(db);
  await sql`create trigger transaction_lines_insert after insert on transactions begin
    insert or ignore into transaction_lines (line_id, tx_rowid)
      select l.id, new.rowid from events e
      join event_lines l on l.tenant_id = e.tenant_id and l.line = ${LINE("e")}
      where e.tenant_id = new.tenant_id and e.tx_seq = new.seq;
  end`.execute(db);
  await sql`create trigger transaction_lines_delete after delete on transactions begin
    delete from transaction_lines where tx_rowid = old.rowid;
  end`.execute(db);
}

/**
 * Fills the lines and their links anew from the stored events and transactions (after a bulk load
 * or a VACUUM: StoreDialect.rebuildSearchIndex).
 */
export async function fillEventLines(db: QueryExecutorProvider): Promise<void> {
  await sql`delete from transaction_lines`.execute(db);
  await sql`delete from event_lines`.execute(db);
  await sql`insert into event_lines (tenant_id, line)
    select distinct e.tenant_id, ${LINE("e")} from events e order by 1, 2`.execute(db);
  await sql`insert or ignore into transaction_lines (line_id, tx_rowid)
    select l.id, t.rowid from events e
    join event_lines l on l.tenant_id = e.tenant_id and l.line = ${LINE("e")}
    join transactions t on t.tenant_id = e.tenant_id and t.id = e.transaction_id`.execute(db);
  await sql`insert into event_lines_text (event_lines_text) values ('optimize')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await rekeyLinks(db, "transaction_id");
  // 0013's triggers, by transaction id.
  await sql`create trigger event_lines_insert after insert on events begin
    insert or ignore into event_lines (tenant_id, line) values (new.tenant_id, ${LINE("new")});
    insert or ignore into transaction_lines (line_id, transaction_id)
      select id, new.transaction_id from event_lines where tenant_id = new.tenant_id and line = ${LINE("new")};
  end`.execute(db);
  await sql`create trigger transaction_lines_delete after delete on transactions begin
    delete from transaction_lines where transaction_id = old.id
      and line_id in (select id from event_lines where tenant_id = old.tenant_id);
  end`.execute(db);
}
