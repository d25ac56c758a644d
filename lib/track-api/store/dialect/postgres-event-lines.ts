import { sql } from "kysely";
import type { Db } from "../connection";
import { untimed } from "./postgres-untimed";

// PostgreSQL's distinct event texts and their links to transactions (migration 0013): written by the
// ingest writer (dialect/postgres-ingest.ts), removed with the weeks that expire
// (dialect/postgres-partitions.ts).

/** A transaction (by its number) that now has an event text it had not (migration 0013). */
export interface Link {
  line: string;
  seq: number;
}

/**
 * Adds the tenant's new distinct event texts to `event_lines`, and each transaction's link to the
 * texts it now has to `transaction_lines` (migration 0013).
 * NOTE: a batch writes here after taking the tenant's mark (advanceMark), so the tenant's batches
 * come one at a time; a text two of them add is written by the first, and found by the second.
 */
export async function linkEventLines(trx: Db, tenantId: string, links: Link[]): Promise<void> {
  if (links.length === 0) return;
  const lines = [...new Set(links.map((link) => link.line))].sort();
  await sql`insert into event_lines (tenant_id, line) select ${tenantId}, l from unnest(${lines}::text[]) as u(l)
    on conflict (tenant_id, md5(line)) do nothing`.execute(trx);
  const found = await sql<{ id: string; line: string }>`select id, line from event_lines
    where tenant_id = ${tenantId} and md5(line) in (select md5(l) from unnest(${lines}::text[]) as u(l))`.execute(trx);
  const ids = new Map(found.rows.map((row) => [row.line, row.id]));
  await sql`insert into transaction_lines (line_id, tx_seq)
    select * from unnest(${links.map((link) => ids.get(link.line))}::bigint[], ${links.map((link) => link.seq)}::bigint[])
    on conflict do nothing`.execute(trx);
}

/**
 * Removes the links of the transactions of an expiring partition of transactions (migration 0013),
 * and returns the texts they linked to, which may now have no transaction.
 */
export async function unlinkPartition(trx: Db, partition: string): Promise<string[]> {
  const { rows } = await sql<{ line_id: string }>`delete from transaction_lines
    where tx_seq in (select seq from ${sql.table(partition)}) returning line_id`.execute(trx);
  return [...new Set(rows.map((row) => row.line_id))];
}

/**
 * Deletes those of `lineIds` that no transaction links to any more (a text only expired transactions
 * had, such as a document number's), so that the table holds the texts of the stored transactions.
 * NOTE: a batch looks a text up after taking its tenant's mark (advanceMark) and links it before
 * its commit: with the marks of the texts' tenants held here, no batch is between the two, and a
 * text one links later is one it writes anew.
 */
export async function dropUnlinkedLines(db: Db, lineIds: string[]): Promise<void> {
  if (lineIds.length === 0) return;
  await db.transaction().execute(async (trx) => {
    await untimed(trx);
    await sql`select 1 from ingest_marks where tenant_id in (select distinct tenant_id from event_lines
      where id = any(${lineIds}::bigint[])) order by tenant_id for update`.execute(trx);
    await sql`delete from event_lines l where l.id = any(${lineIds}::bigint[])
      and not exists (select 1 from transaction_lines t where t.line_id = l.id)`.execute(trx);
  });
}
