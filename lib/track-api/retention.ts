import { now } from "@/lib/clock";
import { expireOldData, type Db } from "@/lib/track-api/store/db";

const HOUR_MS = 3_600_000;
const state = globalThis as unknown as { __trackRetention?: NodeJS.Timeout };

/**
 * Removes data past the retention (TRACK_RETENTION_DAYS, whole weeks) now and then every hour.
 * NOTE: per process; with several instances each one runs it (harmless: it is idempotent).
 */
export function startRetention(db: Db): void {
  if (state.__trackRetention) return;
  const run = () =>
    expireOldData(db, now()).catch((error: unknown) =>
      console.error(`[track-api] retention: ${error instanceof Error ? error.message : String(error)}`),
    );
  void run();
  state.__trackRetention = setInterval(run, HOUR_MS);
  state.__trackRetention.unref();
}
