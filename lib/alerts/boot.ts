import "server-only";
import { coordination } from "@/lib/cluster";
import type { LeaseHandle } from "@/lib/cluster/leases";
import { config } from "@/lib/config";
import { evaluateAll } from "./evaluator";
import { startInAppNotifications } from "./in-app";
import { ensureEmbeddedTechnicalUsers } from "./technical-users";

const state = globalThis as unknown as { __alertEvaluator?: LeaseHandle };

/** The budget for one cycle; a longer one is logged. */
const SLOW_CYCLE_MS = 10_000;

/**
 * Starts alerting at server start: the in-app channel on every instance, and the evaluator every
 * ALERT_INTERVAL_MS on the one instance of the cluster that holds the `alerts:evaluator` lease. That
 * instance also gives the demo tenants their technical users in embedded mode (one instance at a
 * time, so two never set different passwords).
 */
export async function startAlerts(): Promise<void> {
  startInAppNotifications();
  if (state.__alertEvaluator) return;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let on = false;
  let provisioned = false;
  const evaluate = async () => {
    if (!provisioned) {
      await ensureEmbeddedTechnicalUsers().catch((error) =>
        console.error("[alerts] could not create the demo tenants' technical users", error),
      );
      provisioned = true;
    }
    const started = Date.now();
    const { rules, failed } = await evaluateAll();
    const ms = Date.now() - started;
    if (ms > SLOW_CYCLE_MS)
      console.warn(`[alerts] evaluating ${rules} rules took ${(ms / 1000).toFixed(1)} s (${failed} failed)`);
  };
  const cycle = () => {
    running = evaluate()
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
      // The first cycle at once (creating the technical users), then every interval.
      cycle();
    },
    onLose: async () => {
      on = false;
      clearTimeout(timer);
      await running;
    },
  });
}
