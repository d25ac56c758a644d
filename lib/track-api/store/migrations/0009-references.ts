import { type Kysely, sql } from "kysely";

// A transaction's `reference`: the document number of the business document it answers or follows
// (metadata `reference`), which links related documents (store/related.ts). Most documents start a
// chain and have none, so the index holds only those that do; it leads with the tenant.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table transactions add column reference text`.execute(db);
  await sql`create index transactions_reference on transactions (tenant_id, reference) where reference is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index transactions_reference`.execute(db);
  await sql`alter table transactions drop column reference`.execute(db);
}
