import "server-only";
import { coordination } from "@/lib/cluster";
import type { LeaseHandle } from "@/lib/cluster/leases";
import { config } from "@/lib/config";
import { evaluateAll } from "./evaluator";
import { startInAppNotifications } from "./in-app";
import { ensureEmbeddedTechnicalUsers } from "./technical-users";

const state = globalThis as unknown as { __alertEvaluator?: LeaseHandle };

/**
 * Starts alerting at server start: the in-app channel on every instance, the demo tenants' technical
 * users in embedded mode, and the evaluator every ALERT_INTERVAL_MS on the one instance of the
 * cluster that holds the `alerts:evaluator` lease.
 */
export async function startAlerts(): Promise<void> {
  startInAppNotifications();
  if (state.__alertEvaluator) return;
  await ensureEmbeddedTechnicalUsers().catch((error) =>
    console.error("[alerts] could not create the demo tenants' technical users", error),
  );
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let on = false;
  const cycle = () => {
    running = evaluateAll()
      .catch((error) => console.error("[alerts] an evaluation cycle failed", error))
      .finally(() => {
        if (!on) return;
        timer = setTimeout(cycle, config.alertIntervalMs);
        timer.unref();
      });
  };
  state.__alertEvaluator = coordination().leases.hold("alerts:evaluator", {
    onAcquire: () => {
      on = true;
      timer = setTimeout(cycle, config.alertIntervalMs);
      timer.unref();
    },
    onLose: async () => {
      on = false;
      clearTimeout(timer);
      await running;
    },
  });
}
