import { type Kysely, sql } from "kysely";

// As ../0001-session-denylist.ts, with the expiry in milliseconds as a bigint (SQLite's integer is
// 64 bits; PostgreSQL's is 32).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table dashboard_session_denylist (session_id text primary key, expires_at bigint not null)`.execute(
    db,
  );
  await sql`create index dashboard_session_denylist_expiry on dashboard_session_denylist (expires_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table dashboard_session_denylist`.execute(db);
}
