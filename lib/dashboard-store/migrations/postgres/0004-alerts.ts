import { type Kysely, sql } from "kysely";

// As ../0004-alerts.ts, with times in milliseconds as bigint.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table dashboard_alert_rules (
    id text primary key, tenant text not null, owner_id text not null, owner_roles text not null,
    name text not null, type text not null, query text not null, params text not null, time_zone text not null,
    muted_until bigint, state text not null, last_evaluated_at bigint, last_fired_at bigint, last_error text,
    last_value text, notified text not null, created_at bigint not null, updated_at bigint not null)`.execute(db);
  await sql`create index dashboard_alert_rules_owner on dashboard_alert_rules (tenant, owner_id)`.execute(db);
  await sql`create table dashboard_alert_episodes (
    id text primary key, rule_id text not null, started_at bigint not null, resolved_at bigint,
    peak_value double precision, list_path text not null)`.execute(db);
  await sql`create index dashboard_alert_episodes_rule on dashboard_alert_episodes (rule_id, started_at)`.execute(db);
  await sql`create table dashboard_notifications (
    id text primary key, tenant text not null, user_id text not null, rule_id text not null,
    episode_id text not null, kind text not null, summary text not null, list_path text not null,
    created_at bigint not null, read_at bigint)`.execute(db);
  await sql`create index dashboard_notifications_user on dashboard_notifications (tenant, user_id, created_at)`.execute(
    db,
  );
  await sql`create table dashboard_technical_users (
    tenant text primary key, username text not null, password text not null, updated_at bigint not null)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table dashboard_technical_users`.execute(db);
  await sql`drop table dashboard_notifications`.execute(db);
  await sql`drop table dashboard_alert_episodes`.execute(db);
  await sql`drop table dashboard_alert_rules`.execute(db);
}
