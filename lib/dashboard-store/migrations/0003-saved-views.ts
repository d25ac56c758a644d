import type { Kysely } from "kysely";

// Saved views (lib/saved-views/): a name for a page's URL state, private to its owner or shared with
// the tenant, and each person's pins (pinning a shared view is that person's own choice).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("dashboard_saved_views")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("tenant", "text", (c) => c.notNull())
    .addColumn("owner_id", "text", (c) => c.notNull())
    .addColumn("owner_name", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("page", "text", (c) => c.notNull())
    .addColumn("query", "text", (c) => c.notNull())
    .addColumn("shared", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "integer", (c) => c.notNull())
    .addColumn("updated_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("dashboard_saved_views_owner")
    .on("dashboard_saved_views")
    .columns(["tenant", "owner_id"])
    .execute();
  await db.schema
    .createIndex("dashboard_saved_views_shared")
    .on("dashboard_saved_views")
    .columns(["tenant", "shared"])
    .execute();
  await db.schema
    .createTable("dashboard_view_pins")
    .addColumn("tenant", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("view_id", "text", (c) => c.notNull())
    .addColumn("created_at", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("dashboard_view_pins_pk", ["tenant", "user_id", "view_id"])
    .execute();
  await db.schema.createIndex("dashboard_view_pins_view").on("dashboard_view_pins").column("view_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("dashboard_view_pins").execute();
  await db.schema.dropTable("dashboard_saved_views").execute();
}
