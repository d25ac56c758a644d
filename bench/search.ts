import { tenantStore } from "@/lib/track-api/store";
import { migrate, openDb } from "@/lib/track-api/store/db";
import type { Dataset } from "./generate";
import { measure, type Latency } from "./measure";
import { pickSample, searchRequests } from "./requests";

export interface SearchResultRow {
  name: string;
  backend: Dataset["backend"];
  n: number;
  total: number;
  latency: Latency;
}

/** Times the representative searches in-process on one dataset (tenant `acme`). */
export async function benchSearch(dataset: Dataset, options: { maxMs?: number } = {}): Promise<SearchResultRow[]> {
  const db = openDb(dataset.url);
  await migrate(db);
  const store = tenantStore(db, "acme");
  const out: SearchResultRow[] = [];
  try {
    for (const { name, request, deepPages } of searchRequests(pickSample(dataset), dataset.now)) {
      let cursor: string | undefined;
      for (let i = 0; i < (deepPages ?? 0); i++)
        cursor =
          (await store.search({ ...request, page: { ...request.page, cursor } }, dataset.now)).nextCursor ?? undefined;
      const measured = { ...request, page: { ...request.page, cursor } };
      const first = await store.search(measured, dataset.now);
      const latency = await measure(() => store.search(measured, dataset.now), { maxMs: options.maxMs ?? 2_000 });
      out.push({ name, backend: dataset.backend, n: dataset.n, total: first.total, latency });
    }
  } finally {
    await db.destroy();
  }
  return out;
}
