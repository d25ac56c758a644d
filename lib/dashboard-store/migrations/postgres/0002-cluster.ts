import { type Kysely, sql } from "kysely";

// As ../0002-cluster.ts, with times in milliseconds as bigint.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table dashboard_leases (name text primary key, holder text not null, expires_at bigint not null, state text)`.execute(
    db,
  );
  await sql`create table dashboard_refresh_results (token_hash text primary key, tokens text not null, created_at bigint not null)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table dashboard_refresh_results`.execute(db);
  await sql`drop table dashboard_leases`.execute(db);
}
