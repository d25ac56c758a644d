import { coordination } from "@/lib/cluster";
import type { LeaseHandle } from "@/lib/cluster/leases";
import { now } from "@/lib/clock";
import { expireOldData, type Db } from "@/lib/track-api/store/db";

const HOUR_MS = 3_600_000;
const state = globalThis as unknown as { __trackRetention?: LeaseHandle };

/**
 * Removes data past the retention (TRACK_RETENTION_DAYS, whole weeks) now and then every hour, on
 * the one instance of the cluster that holds the retention lease.
 */
export function startRetention(db: Db): void {
  if (state.__trackRetention) return;
  const run = () =>
    expireOldData(db, now()).catch((error: unknown) =>
      console.error(`[track-api] retention: ${error instanceof Error ? error.message : String(error)}`),
    );
  let timer: NodeJS.Timeout | undefined;
  state.__trackRetention = coordination().leases.hold("retention", {
    onAcquire: () => {
      void run();
      timer = setInterval(run, HOUR_MS);
      timer.unref();
    },
    onLose: () => clearInterval(timer),
  });
}
