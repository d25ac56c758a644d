import { type Kysely, sql } from "kysely";

// NOTE: only portable column types (text, integer/bigint, double precision) so the same migration
// runs on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("tenants")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("tenant_id", "text", (c) => c.notNull().references("tenants.id"))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("roles", "text", (c) => c.notNull())
    .addColumn("locked", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("clients")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("secret_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("signing_keys")
    .addColumn("kid", "text", (c) => c.primaryKey())
    .addColumn("alg", "text", (c) => c.notNull())
    .addColumn("private_jwk", "text", (c) => c.notNull())
    .addColumn("public_jwk", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("refresh_tokens")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("family_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .addColumn("used_at", "bigint")
    .addColumn("revoked_at", "bigint")
    .execute();
  await db.schema.createIndex("refresh_tokens_family").on("refresh_tokens").column("family_id").execute();

  await db.schema
    .createTable("transactions")
    .addColumn("tenant_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("document_type", "text")
    .addColumn("document_number", "text")
    .addColumn("direction", "text")
    .addColumn("in_channel", "text")
    .addColumn("out_channel", "text")
    .addColumn("format", "text")
    .addColumn("sender_id", "text")
    .addColumn("sender_name", "text")
    .addColumn("receiver_id", "text")
    .addColumn("receiver_name", "text")
    .addColumn("partner_id", "text")
    .addColumn("partner_name", "text")
    .addColumn("service_profile", "text")
    .addColumn("amount", "double precision")
    .addColumn("currency", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("status_reason", "text")
    .addColumn("error_type", "text")
    .addColumn("business_status", "text")
    .addColumn("received_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addColumn("delivered_at", "bigint")
    .addColumn("sla_due_at", "bigint")
    .addColumn("attachments", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("search_text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("transactions_pk", ["tenant_id", "id"])
    .execute();

  // One index per way a search narrows or orders rows; each ends in `id` for the keyset tie-break.
  const indexes: [string, string[]][] = [
    ["received", ["tenant_id", "received_at", "id"]],
    ["updated", ["tenant_id", "updated_at", "id"]],
    ["status", ["tenant_id", "status", "received_at", "id"]],
    ["sender", ["tenant_id", "sender_id", "received_at"]],
    ["receiver", ["tenant_id", "receiver_id", "received_at"]],
    ["partner", ["tenant_id", "partner_id", "received_at"]],
    ["error_type", ["tenant_id", "error_type", "received_at"]],
    ["sla_due", ["tenant_id", "sla_due_at"]],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(`transactions_${name}`).on("transactions").columns(columns).execute();
  }
  // Expression indexes match the sort expressions in store/filter-sql.ts (NULLs sort as lowest).
  await sql`create index transactions_amount on transactions (tenant_id, coalesce(amount, -1e15), id)`.execute(db);
  await sql`create index transactions_document_number on transactions (tenant_id, coalesce(document_number, ''), id)`.execute(
    db,
  );

  await db.schema
    .createTable("events")
    .addColumn("tenant_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("transaction_id", "text", (c) => c.notNull())
    .addColumn("occurred_at", "bigint", (c) => c.notNull())
    .addColumn("ingested_at", "bigint", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("step", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("message", "text")
    .addColumn("error_code", "text")
    .addColumn("business_status", "text")
    .addColumn("metadata", "text")
    .addPrimaryKeyConstraint("events_pk", ["tenant_id", "id"])
    .execute();
  await db.schema
    .createIndex("events_transaction")
    .on("events")
    .columns(["tenant_id", "transaction_id", "occurred_at"])
    .execute();
  await db.schema.createIndex("events_ingested").on("events").columns(["tenant_id", "ingested_at"]).execute();

  await db.schema
    .createTable("meta")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "meta",
    "events",
    "transactions",
    "refresh_tokens",
    "signing_keys",
    "clients",
    "users",
    "tenants",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
