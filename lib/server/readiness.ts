import { sql } from "kysely";
import { config } from "@/lib/config";
import { dashboardDb } from "@/lib/dashboard-store/db";
import { isDraining, isStarted } from "@/lib/server/lifecycle";
import { getDb } from "@/lib/track-api/store/db";

export type Readiness = "ready" | "starting" | "draining" | "database_unavailable";

/** A database that takes longer than this to answer `select 1` counts as unavailable. */
export const DATABASE_CHECK_TIMEOUT_MS = 2_000;

const shared = globalThis as unknown as { __trackDatabaseCheck?: Promise<boolean> };

async function databasesAnswer(): Promise<boolean> {
  const checks: Promise<unknown>[] = [dashboardDb().then((db) => sql`select 1`.execute(db))];
  if (config.embedded) checks.push(getDb().then((db) => sql`select 1`.execute(db)));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), DATABASE_CHECK_TIMEOUT_MS);
  });
  const answered = Promise.all(checks).then(
    () => true,
    (error: unknown) => {
      console.error(`[ready] database check failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    },
  );
  return Promise.race([answered, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether this instance should get traffic: not while starting or draining, nor when its database
 * (the dashboard's, and the store's in embedded mode) does not answer within DATABASE_CHECK_TIMEOUT_MS.
 * NOTE: concurrent callers share one check, so a hanging database does not pile up probes.
 */
export async function readiness(): Promise<Readiness> {
  if (isDraining()) return "draining";
  if (!isStarted()) return "starting";
  shared.__trackDatabaseCheck ??= databasesAnswer().finally(() => {
    shared.__trackDatabaseCheck = undefined;
  });
  if (!(await shared.__trackDatabaseCheck)) return "database_unavailable";
  // Shutdown may have begun while the database answered.
  return isDraining() ? "draining" : "ready";
}
