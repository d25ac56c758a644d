import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("dashboard_session_denylist")
    .addColumn("session_id", "text", (c) => c.primaryKey())
    .addColumn("expires_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("dashboard_session_denylist_expiry")
    .on("dashboard_session_denylist")
    .column("expires_at")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("dashboard_session_denylist").execute();
}
