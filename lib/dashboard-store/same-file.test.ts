import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, openDb } from "@/lib/track-api/store/db";
import { migrateDashboard, openDashboardDb } from "./db";

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("the dashboard's tables in the store's SQLite file", () => {
  it("migrate beside the store's schema (its views and triggers call js_lower)", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "dashboard-same-file-"));
    const url = `file:${path.join(dir, "track.db")}`;
    const store = openDb(url);
    await migrate(store);
    const dashboard = openDashboardDb(url);
    await expect(migrateDashboard(dashboard)).resolves.toBeUndefined();
    await dashboard.destroy();
    await store.destroy();
  });
});
