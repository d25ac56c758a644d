import { type Kysely, sql } from "kysely";

// The amount sort orders by currency, then amount (store/filter-sql.ts, SORT_GROUPS): amounts in
// different currencies are not comparable. Its index leads with the currency so that keyset pages
// of that sort are read in index order; the amount-only index had no other use.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index transactions_amount_by_currency on transactions
    (tenant_id, coalesce(currency, ''), coalesce(amount, -1e15), id)`.execute(db);
  await sql`drop index transactions_amount`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index transactions_amount on transactions (tenant_id, coalesce(amount, -1e15), id)`.execute(db);
  await sql`drop index transactions_amount_by_currency`.execute(db);
}
