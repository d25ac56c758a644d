import crypto from "node:crypto";
import os from "node:os";
import { config } from "@/lib/config";
import { dashboardDb, type DashboardDb } from "@/lib/dashboard-store/db";
import { isPostgresUrl } from "@/lib/db/postgres-pool";
import { authSecret } from "@/lib/session/secret";
import { LocalBus, type Bus } from "./bus";
import { LocalLeases, type Leases } from "./leases";
import { PostgresBus } from "./postgres-bus";
import { PostgresLeases, type LeaseTiming } from "./postgres-leases";
import { localRefresh, PostgresRefresh, type SharedRefresh } from "./shared-refresh";

/** What the instances of one deployment share (DESIGN §8), or a single instance's stand-ins. */
export interface Coordination {
  /** This process, as other instances see it in lease rows and logs. */
  instanceId: string;
  bus: Bus;
  leases: Leases;
  refresh: SharedRefresh;
  close(): Promise<void>;
}

/**
 * With DATABASE_URL on PostgreSQL, instances coordinate through that one server: leases and refresh
 * results in the dashboard's tables, fan-out by LISTEN/NOTIFY. Otherwise (SQLite: one process)
 * everything stays in this process, as it always did.
 */
export function createCoordination({
  databaseUrl,
  instanceId,
  db = dashboardDb,
  secret = authSecret,
  leaseTiming,
}: {
  databaseUrl: string;
  instanceId: string;
  /** The dashboard's database (the process-wide one unless a test brings its own). */
  db?: () => Promise<DashboardDb>;
  secret?: () => string;
  leaseTiming?: LeaseTiming;
}): Coordination {
  if (!isPostgresUrl(databaseUrl)) {
    const bus = new LocalBus();
    const leases = new LocalLeases(instanceId);
    return { instanceId, bus, leases, refresh: localRefresh, close: () => leases.close() };
  }
  const bus = new PostgresBus(databaseUrl, db);
  const leases = new PostgresLeases(instanceId, db, bus, leaseTiming);
  return {
    instanceId,
    bus,
    leases,
    refresh: new PostgresRefresh(db, secret),
    close: async () => {
      await leases.close();
      await bus.close();
    },
  };
}

// On globalThis: Next.js bundles routes apart, and they must all share one coordination.
const shared = globalThis as unknown as { __coordination?: Coordination };

/** This process's coordination with the other instances, created on first use. */
export function coordination(): Coordination {
  shared.__coordination ??= createCoordination({
    databaseUrl: config.databaseUrl,
    instanceId: process.env.INSTANCE_ID || `${os.hostname()}-${process.pid}-${crypto.randomBytes(3).toString("hex")}`,
  });
  return shared.__coordination;
}

/** Gives up this process's leases (their work stops first) and its messages, if it ever coordinated. */
export async function closeCoordination(): Promise<void> {
  const current = shared.__coordination;
  shared.__coordination = undefined;
  await current?.close();
}
