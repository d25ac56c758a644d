import { tenantStore } from "@/lib/track-api/store";
import { migrate, openDb } from "@/lib/track-api/store/db";
import type { Dataset } from "./generate";
import { measure, type Latency } from "./measure";
import { statsRequests } from "./requests";

export interface StatsResultRow {
  name: string;
  backend: Dataset["backend"];
  n: number;
  total: number;
  latency: Latency;
}

/** Times the dashboard's stats requests in-process on one dataset (tenant `acme`). */
export async function benchStats(dataset: Dataset, options: { maxMs?: number } = {}): Promise<StatsResultRow[]> {
  const db = openDb(dataset.url);
  await migrate(db);
  const store = tenantStore(db, "acme");
  const out: StatsResultRow[] = [];
  try {
    for (const { name, request } of statsRequests(dataset.now)) {
      const first = await store.stats(request, dataset.now);
      const latency = await measure(() => store.stats(request, dataset.now), {
        maxMs: options.maxMs ?? 3_000,
        minRuns: 10,
      });
      out.push({ name, backend: dataset.backend, n: dataset.n, total: first.totals.total, latency });
    }
  } finally {
    await db.destroy();
  }
  return out;
}
