import type { Kysely } from "kysely";

// The tables instances share when several run on one database (lib/cluster/): named leases and
// the results of recent token refreshes. On SQLite (one process) they stay empty.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("dashboard_leases")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("holder", "text", (c) => c.notNull())
    .addColumn("expires_at", "integer", (c) => c.notNull())
    .addColumn("state", "text")
    .execute();
  await db.schema
    .createTable("dashboard_refresh_results")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("tokens", "text", (c) => c.notNull())
    .addColumn("created_at", "integer", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("dashboard_refresh_results").execute();
  await db.schema.dropTable("dashboard_leases").execute();
}
