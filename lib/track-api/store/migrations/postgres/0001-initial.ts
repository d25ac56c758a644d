import { type Kysely, sql } from "kysely";

// PostgreSQL's schema starts whole at the shape SQLite reached with 0004 (the store ran on SQLite
// only until then), so 0002–0004 have nothing to do here; later migrations apply to both.
// - Text is compared and sorted by code point (collation "C"), as SQLite does: sort orders, keyset
//   cursors and free-text matches are the same on both backends.
// - transactions and events are partitioned by week (store/dialect/postgres-partitions.ts), so that
//   retention drops a week's partition instead of deleting its rows.
// - Every primary key and index leads with the tenant, so the tables could be distributed by tenant.
const text = sql.raw(`text collate "C"`);

export async function up(db: Kysely<unknown>): Promise<void> {
  // NOTE: in public, whatever the search path, so a store in another schema finds them too.
  await sql`create extension if not exists pg_trgm schema public`.execute(db);
  await sql`create extension if not exists btree_gin schema public`.execute(db);
  await sql`create table tenants (id ${text} primary key, name text not null, created_at bigint not null)`.execute(db);
  await sql`create table users (
    id ${text} primary key, tenant_id ${text} not null references tenants (id), email ${text} not null unique,
    name text not null, password_hash text not null, roles text not null, locked integer not null default 0,
    created_at bigint not null
  )`.execute(db);
  await sql`create table clients (id ${text} primary key, name text not null, secret_hash text not null, created_at bigint not null)`.execute(
    db,
  );
  await sql`create table signing_keys (
    kid ${text} primary key, alg text not null, private_jwk text not null, public_jwk text not null, created_at bigint not null
  )`.execute(db);
  await sql`create table refresh_tokens (
    token_hash ${text} primary key, family_id ${text} not null, user_id ${text} not null references users (id),
    client_id ${text} not null references clients (id), scope text not null, created_at bigint not null,
    expires_at bigint not null, used_at bigint, revoked_at bigint
  )`.execute(db);
  await sql`create index refresh_tokens_family on refresh_tokens (family_id)`.execute(db);

  await sql`create table transactions (
    tenant_id ${text} not null, id ${text} not null, document_type ${text}, document_number ${text},
    direction ${text}, in_channel ${text}, out_channel ${text}, format ${text}, sender_id ${text},
    sender_name ${text}, receiver_id ${text}, receiver_name ${text}, partner_id ${text}, partner_name ${text},
    service_profile ${text}, amount double precision, currency ${text}, status ${text} not null,
    status_reason ${text}, error_type ${text}, business_status ${text}, received_at bigint not null,
    updated_at bigint not null, delivered_at bigint, sla_due_at bigint, attachments integer not null default 0,
    search_text ${text} not null, search_head ${text} not null default '', party_key bigint, seq bigint not null,
    primary key (tenant_id, id, received_at)
  ) partition by range (received_at)`.execute(db);
  const indexes: [string, string][] = [
    ["received", "tenant_id, received_at, id"],
    ["updated", "tenant_id, updated_at, id"],
    ["status", "tenant_id, status, received_at, id, sla_due_at"],
    ["sender", "tenant_id, sender_id, received_at"],
    ["receiver", "tenant_id, receiver_id, received_at"],
    ["partner", "tenant_id, partner_id, received_at"],
    ["error_type", "tenant_id, error_type, received_at"],
    ["party", "tenant_id, party_key, received_at"],
    ["open_sla", "tenant_id, status, sla_due_at"],
    // The sort expressions of store/filter-sql.ts (NULLs sort as lowest).
    ["amount", "tenant_id, coalesce(amount, -1e15), id"],
    ["document_number", "tenant_id, coalesce(document_number, ''), id"],
  ];
  for (const [name, columns] of indexes)
    await sql.raw(`create index transactions_${name} on transactions (${columns})`).execute(db);
  await sql`create index transactions_duration on transactions (tenant_id, (delivered_at - received_at), received_at, status)
    where delivered_at is not null`.execute(db);
  // Free text in the head (id and document number): trigrams, which answer LIKE '%…%'.
  await sql`create index transactions_search on transactions using gin (tenant_id, search_head public.gin_trgm_ops)`.execute(
    db,
  );

  await sql`create table events (
    tenant_id ${text} not null, id ${text} not null, transaction_id ${text} not null, tx_seq bigint not null,
    occurred_at bigint not null, ingested_at bigint not null, type text not null, step text not null,
    level text not null, message text, error_code text, business_status text, metadata text,
    primary key (tenant_id, id, occurred_at)
  ) partition by range (occurred_at)`.execute(db);
  await sql`create index events_by_transaction on events (tenant_id, tx_seq, occurred_at)`.execute(db);

  // Transaction numbers (TransactionRow.seq): unique across tenants, so several writers take them
  // without waiting for each other.
  await sql`create sequence transaction_seq`.execute(db);
  await sql`create table ingest_marks (tenant_id ${text} primary key, newest_ingested_at bigint not null, last_seq bigint not null default 0)`.execute(
    db,
  );
  await sql`create table party_sets (id bigint not null, tenant_id ${text} not null, text ${text} not null,
    primary key (tenant_id, id), unique (tenant_id, text))`.execute(db);
  await sql`create table rollup_dims (
    tenant_id ${text} not null, span bigint not null, dim ${text} not null, start bigint not null,
    value ${text} not null, label ${text} not null, status ${text} not null, n bigint not null,
    primary key (tenant_id, span, dim, start, value, label, status)
  )`.execute(db);
  await sql`create table rollup_combos (
    tenant_id ${text} not null, span bigint not null, start bigint not null, status ${text} not null,
    document_type ${text} not null, direction ${text} not null, in_channel ${text} not null,
    out_channel ${text} not null, format ${text} not null, error_type ${text} not null, n bigint not null,
    primary key (tenant_id, span, start, status, document_type, direction, in_channel, out_channel, format, error_type)
  )`.execute(db);
  await sql`create table meta (key ${text} primary key, value text not null)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "meta",
    "rollup_combos",
    "rollup_dims",
    "party_sets",
    "ingest_marks",
    "events",
    "transactions",
    "refresh_tokens",
    "signing_keys",
    "clients",
    "users",
    "tenants",
  ])
    await sql.raw(`drop table ${table}`).execute(db);
  await sql`drop sequence transaction_seq`.execute(db);
}
