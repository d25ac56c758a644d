import { coordination } from "@/lib/cluster";
import type { LeaseHandle } from "@/lib/cluster/leases";
import { now } from "@/lib/clock";
import { config } from "@/lib/config";
import { announceIngest } from "@/lib/track-api/ingest/announce";
import { ingestEventSchema } from "@/lib/track-api/ingest/schema";
import { DEMO_TENANTS, ensureDemoAccounts } from "@/lib/track-api/seed/demo-accounts";
import { startRetention } from "@/lib/track-api/retention";
import { seedHistory } from "@/lib/track-api/seed/history";
import { TrafficSimulator } from "@/lib/track-api/simulate";
import { getDb, type Db } from "@/lib/track-api/store/db";
import { tenantStore } from "@/lib/track-api/store";

const state = globalThis as unknown as { __trackSimulator?: LeaseHandle };

/**
 * Starts the embedded Track API's background work at server start: migrations, the demo tenants
 * and their history on a new database, retention, and the live traffic simulator when enabled.
 */
export async function startEmbedded(): Promise<void> {
  if (!config.embedded) return;
  const db = await getDb();
  const tenants = DEMO_TENANTS.map((t) => t.id);
  if (config.demo) {
    await ensureDemoAccounts(db);
    for (const tenant of tenants) {
      const started = Date.now();
      const events = await seedHistory(db, tenant, config.seedTransactions);
      if (events)
        console.log(
          `[track-api] seeded ${config.seedTransactions} transactions (${events} events) for ${tenant} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
    }
  }
  startRetention(db);
  if (config.simulate && !state.__trackSimulator) startSimulator(db, tenants);
}

/**
 * The traffic simulator runs on one instance of the cluster, the holder of its lease; it moves to
 * another instance within seconds when that one stops.
 */
function startSimulator(db: Db, tenants: string[]) {
  let simulator: TrafficSimulator | undefined;
  state.__trackSimulator = coordination().leases.hold("simulator", {
    onAcquire: () => {
      simulator = new TrafficSimulator({
        tenants,
        seed: `live-${Date.now()}`,
        ratePerMinute: config.simulateRate,
        now,
        ingest: async (tenantId, events) =>
          announceIngest(
            tenantId,
            await tenantStore(db, tenantId).ingest(events.map((e) => ingestEventSchema.parse(e))),
          ),
      });
      simulator.start();
      console.log(`[track-api] traffic simulator on: ${config.simulateRate} transactions per minute per tenant`);
    },
    onLose: async () => {
      const stopping = simulator;
      simulator = undefined;
      await stopping?.stop();
      console.log("[track-api] traffic simulator off on this instance");
    },
  });
}
