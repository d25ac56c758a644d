import type { Kysely } from "kysely";

// Alert rules, their episodes, in-app notifications and the per-tenant technical users the evaluator
// signs in as (lib/alerts/). Times are integer milliseconds since the epoch.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("dashboard_alert_rules")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("tenant", "text", (c) => c.notNull())
    .addColumn("owner_id", "text", (c) => c.notNull())
    .addColumn("owner_roles", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("query", "text", (c) => c.notNull())
    .addColumn("params", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("muted_until", "integer")
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("last_evaluated_at", "integer")
    .addColumn("last_fired_at", "integer")
    .addColumn("last_error", "text")
    .addColumn("last_value", "text")
    .addColumn("notified", "text", (c) => c.notNull())
    .addColumn("created_at", "integer", (c) => c.notNull())
    .addColumn("updated_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("dashboard_alert_rules_owner")
    .on("dashboard_alert_rules")
    .columns(["tenant", "owner_id"])
    .execute();
  await db.schema
    .createTable("dashboard_alert_episodes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("started_at", "integer", (c) => c.notNull())
    .addColumn("resolved_at", "integer")
    .addColumn("peak_value", "real")
    .addColumn("list_path", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("dashboard_alert_episodes_rule")
    .on("dashboard_alert_episodes")
    .columns(["rule_id", "started_at"])
    .execute();
  await db.schema
    .createTable("dashboard_notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("tenant", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("episode_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("list_path", "text", (c) => c.notNull())
    .addColumn("created_at", "integer", (c) => c.notNull())
    .addColumn("read_at", "integer")
    .execute();
  await db.schema
    .createIndex("dashboard_notifications_user")
    .on("dashboard_notifications")
    .columns(["tenant", "user_id", "created_at"])
    .execute();
  await db.schema
    .createTable("dashboard_technical_users")
    .addColumn("tenant", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("password", "text", (c) => c.notNull())
    .addColumn("updated_at", "integer", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("dashboard_technical_users").execute();
  await db.schema.dropTable("dashboard_notifications").execute();
  await db.schema.dropTable("dashboard_alert_episodes").execute();
  await db.schema.dropTable("dashboard_alert_rules").execute();
}
