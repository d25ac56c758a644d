import { type Kysely, sql } from "kysely";

// As ../0005-alert-channels.ts, with times in milliseconds as bigint.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table alert_channels (
    id text primary key, tenant text not null, owner_id text not null, kind text not null, name text not null,
    target text not null, format text, secret text, created_at bigint not null)`.execute(db);
  await sql`create index alert_channels_owner on alert_channels (tenant, owner_id)`.execute(db);
  await sql`create table alert_rule_channels (rule_id text not null, channel_id text not null, primary key (rule_id, channel_id))`.execute(
    db,
  );
  await sql`create index alert_rule_channels_channel on alert_rule_channels (channel_id)`.execute(db);
  await sql`create table alert_deliveries (
    id text primary key, channel_id text not null, rule_id text, episode_id text, event text not null,
    payload text not null, status text not null, attempts integer not null, next_attempt_at bigint not null,
    last_status_code integer, last_error text, created_at bigint not null, updated_at bigint not null)`.execute(db);
  await sql`create index alert_deliveries_due on alert_deliveries (status, next_attempt_at)`.execute(db);
  await sql`create index alert_deliveries_channel on alert_deliveries (channel_id, created_at)`.execute(db);
  await sql`create index alert_deliveries_rule on alert_deliveries (rule_id, created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table alert_deliveries`.execute(db);
  await sql`drop table alert_rule_channels`.execute(db);
  await sql`drop table alert_channels`.execute(db);
}
