import { type Kysely, sql } from "kysely";

// As on SQLite (../0008-amount-by-currency.ts): the amount sort's index leads with the currency.
// Created on the partitioned table, it is created on every week's partition (and on those to come).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index transactions_amount_by_currency on transactions
    (tenant_id, coalesce(currency, ''), coalesce(amount, -1e15), id)`.execute(db);
  await sql`drop index transactions_amount`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index transactions_amount on transactions (tenant_id, coalesce(amount, -1e15), id)`.execute(db);
  await sql`drop index transactions_amount_by_currency`.execute(db);
}
