import type { Kysely } from "kysely";

// Where alert notifications go besides the app (webhooks, e-mail), which rules use which, and the log
// of every delivery with its retries. Rule ids belong to the rules' own table: no foreign key to it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("alert_channels")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("tenant", "text", (c) => c.notNull())
    .addColumn("owner_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("format", "text")
    .addColumn("secret", "text")
    .addColumn("created_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("alert_channels_owner").on("alert_channels").columns(["tenant", "owner_id"]).execute();
  await db.schema
    .createTable("alert_rule_channels")
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("channel_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("alert_rule_channels_pk", ["rule_id", "channel_id"])
    .execute();
  await db.schema.createIndex("alert_rule_channels_channel").on("alert_rule_channels").column("channel_id").execute();
  await db.schema
    .createTable("alert_deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("channel_id", "text", (c) => c.notNull())
    .addColumn("rule_id", "text")
    .addColumn("episode_id", "text")
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at", "integer", (c) => c.notNull())
    .addColumn("last_status_code", "integer")
    .addColumn("last_error", "text")
    .addColumn("created_at", "integer", (c) => c.notNull())
    .addColumn("updated_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("alert_deliveries_due")
    .on("alert_deliveries")
    .columns(["status", "next_attempt_at"])
    .execute();
  await db.schema
    .createIndex("alert_deliveries_channel")
    .on("alert_deliveries")
    .columns(["channel_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("alert_deliveries_rule")
    .on("alert_deliveries")
    .columns(["rule_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("alert_deliveries").execute();
  await db.schema.dropTable("alert_rule_channels").execute();
  await db.schema.dropTable("alert_channels").execute();
}
