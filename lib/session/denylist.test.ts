import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrateDashboard, openDashboardDb, type DashboardDb } from "@/lib/dashboard-store/db";
import { dashboardMigrations } from "@/lib/dashboard-store/migrations";
import { migrate, openDb } from "@/lib/track-api/store/db";
import { freshStoreUrl, STORE_BACKEND } from "@/test/store-backend";
import { denySession, isSessionDenied } from "./denylist";

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);
const HOUR = 3_600_000;

describe("session denylist", () => {
  let db: DashboardDb;
  beforeEach(async () => {
    db = openDashboardDb(await freshStoreUrl());
    await migrateDashboard(db);
  });
  afterEach(() => db.destroy());

  it("refuses a signed-out session until the given time, and no other session", async () => {
    await denySession(db, "s-1", T0 + 12 * HOUR, T0);
    expect(await isSessionDenied(db, "s-1", T0)).toBe(true);
    expect(await isSessionDenied(db, "s-1", T0 + 12 * HOUR - 1)).toBe(true);
    expect(await isSessionDenied(db, "s-1", T0 + 12 * HOUR)).toBe(false);
    expect(await isSessionDenied(db, "s-2", T0)).toBe(false);
  });

  it("keeps the later expiry when a session is denied twice", async () => {
    await denySession(db, "s-1", T0 + 12 * HOUR, T0);
    await denySession(db, "s-1", T0 + HOUR, T0);
    expect(await isSessionDenied(db, "s-1", T0 + 2 * HOUR)).toBe(true);
  });

  it("forgets entries of sessions that have expired anyway", async () => {
    await denySession(db, "old", T0 + HOUR, T0);
    await denySession(db, "new", T0 + 14 * HOUR, T0 + 2 * HOUR);
    const rows = await db.selectFrom("dashboard_session_denylist").select("session_id").execute();
    expect(rows.map((r) => r.session_id)).toEqual(["new"]);
  });
});

describe.runIf(STORE_BACKEND === "sqlite")("the dashboard's tables in a SQLite file", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "dashboard-db-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("keep a sign-out across a restart", async () => {
    const url = `file:${path.join(dir, "track.db")}`;
    const before = openDashboardDb(url);
    await migrateDashboard(before);
    await denySession(before, "s-1", Date.now() + HOUR);
    await before.destroy();

    const after = openDashboardDb(url);
    await migrateDashboard(after);
    expect(await isSessionDenied(after, "s-1")).toBe(true);
    await after.destroy();
  });

  it("sit beside the Track API's store in one database, each with its own migrations", async () => {
    const url = `file:${path.join(dir, "track.db")}`;
    const store = openDb(url);
    await migrate(store);
    const dashboard = openDashboardDb(url);
    await migrateDashboard(dashboard);
    // Each migrator runs again without tripping over the other's records.
    await migrate(store);
    await migrateDashboard(dashboard);

    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(dashboard);
    const names = tables.rows.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "dashboard_session_denylist",
        "dashboard_migration",
        "kysely_migration",
        "refresh_tokens",
      ]),
    );
    const ours = await sql<{ name: string }>`select name from dashboard_migration`.execute(dashboard);
    expect(ours.rows.map((r) => r.name)).toEqual(Object.keys(dashboardMigrations));
    await dashboard.destroy();
    await store.destroy();
  });

  it("open in remote mode too, where no Track API store exists", async () => {
    const url = `file:${path.join(dir, "remote", "dashboard.db")}`;
    const dashboard = openDashboardDb(url);
    await migrateDashboard(dashboard);
    await denySession(dashboard, "s-1", Date.now() + HOUR);
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name = 'refresh_tokens'`.execute(dashboard);
    expect(tables.rows).toEqual([]);
    await dashboard.destroy();
  });
});
