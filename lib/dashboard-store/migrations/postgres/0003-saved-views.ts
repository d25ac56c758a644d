import { type Kysely, sql } from "kysely";

// As ../0003-saved-views.ts, with times in milliseconds as bigint and `shared` a smallint 0/1 (the
// same values as SQLite's, so the queries do not differ).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table dashboard_saved_views (
    id text primary key,
    tenant text not null,
    owner_id text not null,
    owner_name text not null,
    name text not null,
    page text not null,
    query text not null,
    shared smallint not null default 0,
    created_at bigint not null,
    updated_at bigint not null
  )`.execute(db);
  await sql`create index dashboard_saved_views_owner on dashboard_saved_views (tenant, owner_id)`.execute(db);
  await sql`create index dashboard_saved_views_shared on dashboard_saved_views (tenant, shared)`.execute(db);
  await sql`create table dashboard_view_pins (
    tenant text not null,
    user_id text not null,
    view_id text not null,
    created_at bigint not null,
    constraint dashboard_view_pins_pk primary key (tenant, user_id, view_id)
  )`.execute(db);
  await sql`create index dashboard_view_pins_view on dashboard_view_pins (view_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table dashboard_view_pins`.execute(db);
  await sql`drop table dashboard_saved_views`.execute(db);
}
