import { DAY_MS, startOfLocalDay } from "@/lib/domain/time-buckets";
import { facetsRequestSchema, type FacetsRequest } from "@/lib/filters/facets-schema";
import { tenantStore } from "@/lib/track-api/store";
import { migrate, openDb } from "@/lib/track-api/store/db";
import type { Dataset } from "./generate";
import { measure, type Latency } from "./measure";
import type { Sample } from "./requests";

export interface FacetsResultRow {
  name: string;
  backend: Dataset["backend"];
  n: number;
  /** The sum of the status counts of the first answer, and whether every count was exact. */
  statusTotal: number;
  exact: boolean;
  latency: Latency;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The full set of facets (every enumerated field, as the dashboard asks when a filter menu opens)
 * for filters people use: from the rollups, and ones the rollups cannot answer (a bounded count).
 */
export function facetsRequests(sample: Sample, now: number, timeZone = "Europe/Helsinki") {
  const today = startOfLocalDay(now, timeZone);
  const facets = (name: string, filter: Record<string, unknown>) => ({
    name,
    request: facetsRequestSchema.parse({ filter }) as FacetsRequest,
  });
  return [
    facets("no filter (90 days)", {}),
    facets("7 days, status error", { receivedFrom: iso(now - 7 * DAY_MS), receivedTo: iso(now), status: ["error"] }),
    facets("30 days, invoices not delivered", {
      receivedFrom: iso(today - 29 * DAY_MS),
      documentType: ["invoice"],
      not: { status: ["delivered"] },
    }),
    facets("today, business status paid", { receivedFrom: iso(today), businessStatus: ["paid"] }),
    facets("one partner", { businessPartner: sample.partnerId }),
    facets("free text matching many", { q: sample.commonWord }),
    facets("message text: an error code", { text: "unknown_recipient" }),
    facets("message text of most transactions", { text: "archived" }),
  ];
}

/** Times the full set of facets in-process on one dataset (tenant `acme`). */
export async function benchFacets(dataset: Dataset, sample: Sample, maxMs = 3_000): Promise<FacetsResultRow[]> {
  const db = openDb(dataset.url);
  await migrate(db);
  const store = tenantStore(db, "acme");
  const out: FacetsResultRow[] = [];
  try {
    for (const { name, request } of facetsRequests(sample, dataset.now)) {
      const first = await store.facets(request, dataset.now);
      const latency = await measure(() => store.facets(request, dataset.now), { maxMs, minRuns: 20 });
      const statusTotal = (first.facets.status ?? []).reduce((a, f) => a + f.count, 0);
      out.push({ name, backend: dataset.backend, n: dataset.n, statusTotal, exact: first.exact, latency });
    }
  } finally {
    await db.destroy();
  }
  return out;
}
