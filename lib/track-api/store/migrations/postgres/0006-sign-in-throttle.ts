import { type Kysely, sql } from "kysely";

// The sign-in throttle's counts (auth/throttle-postgres.ts), shared by every instance on this
// database so that failures through any of them add up. Rows are forgotten by time: a count
// `forgetAfterMs` after its last failure, a known pair at `until`; the indexes let the throttle
// delete those cheaply now and then. SQLite keeps the counts in its one process's memory instead.
const text = sql.raw(`text collate "C"`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table sign_in_failures (key ${text} primary key, failures integer not null, last bigint not null)`.execute(
    db,
  );
  await sql`create index sign_in_failures_last on sign_in_failures (last)`.execute(db);
  await sql`create table sign_in_known_pairs (pair ${text} primary key, until bigint not null)`.execute(db);
  await sql`create index sign_in_known_pairs_until on sign_in_known_pairs (until)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table sign_in_known_pairs`.execute(db);
  await sql`drop table sign_in_failures`.execute(db);
}
