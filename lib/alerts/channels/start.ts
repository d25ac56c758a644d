import "server-only";
import { onAlertEvent } from "@/lib/alerts/events";
import { coordination } from "@/lib/cluster";
import type { LeaseHandle } from "@/lib/cluster/leases";
import { config } from "@/lib/config";
import { dashboardDb } from "@/lib/dashboard-store/db";
import { webhookSecrets } from "./channel-secret";
import { processDueDeliveries, type DeliveryDeps } from "./deliver";
import { pruneDeliveries } from "./deliveries-store";
import { enqueueAlertEvent } from "./enqueue";
import { DeliveryLoop } from "./loop";
import { deliverySettings } from "./settings";

const HOUR_MS = 3_600_000;
/** Days the delivery log keeps settled deliveries. */
const LOG_DAYS = 30;

interface Running {
  unlisten: () => void;
  lease?: LeaseHandle;
  loop?: DeliveryLoop;
}

// On globalThis: the routes (which nudge) and instrumentation (which starts) are bundled apart.
const state = globalThis as unknown as { __alertDelivery?: Running };

/** What sending needs in this server: real time, the sealed-secret opener and the settings of the environment. */
export function deliveryDeps(): DeliveryDeps {
  const secrets = webhookSecrets();
  const s = deliverySettings;
  return {
    now: Date.now,
    openSecret: (sealed) => secrets.open<string>(sealed),
    settings: {
      allowPrivateTargets: s.allowPrivateTargets,
      retryBaseMs: s.retryBaseMs,
      maxAttempts: s.maxAttempts,
      timeoutMs: s.timeoutMs,
      smtpUrl: s.smtpUrl,
      mailFrom: s.mailFrom,
    },
  };
}

/**
 * At server start: every instance turns alert events into pending deliveries for the rule's
 * channels, and the one instance that holds the `alerts:deliveries` lease sends them (every
 * ALERT_DELIVERY_INTERVAL_MS, and at once after an enqueue in its own process).
 */
export function startAlertDelivery(): void {
  if (state.__alertDelivery) return;
  const unlisten = onAlertEvent(async (event) => {
    const db = await dashboardDb();
    const rows = await enqueueAlertEvent(db, event, config.publicUrl, Date.now(), deliverySettings.maxPerHour);
    if (rows.some((row) => row.status === "pending")) nudgeDeliveries();
  });
  const unsubscribe = coordination().bus.subscribe((message) => {
    if (message.type === "alert-deliveries-due") current.loop?.nudge();
  });
  const current: Running = {
    unlisten: () => {
      unlisten();
      unsubscribe();
    },
  };
  state.__alertDelivery = current;
  // NOTE: a single instance's lease is acquired (and the loop started) inside hold() itself.
  current.lease = coordination().leases.hold("alerts:deliveries", {
    onAcquire: () => {
      let pruned = 0;
      current.loop = new DeliveryLoop(async () => {
        const db = await dashboardDb();
        await processDueDeliveries(db, deliveryDeps());
        if (Date.now() - pruned > HOUR_MS) {
          pruned = Date.now();
          await pruneDeliveries(db, pruned - LOG_DAYS * 24 * HOUR_MS);
        }
      }, deliverySettings.intervalMs);
      current.loop.start();
    },
    onLose: async () => {
      const stopping = current.loop;
      current.loop = undefined;
      await stopping?.stop();
    },
  });
}

/** Wakes the delivery loop (here at once, on another instance through the bus) to send what is due now. */
export function nudgeDeliveries(): void {
  state.__alertDelivery?.loop?.nudge();
  coordination()
    .bus.publish({ type: "alert-deliveries-due" })
    .catch(() => undefined);
}
