import { ingestEventSchema, type IngestEvent, type ParsedIngestEvent } from "@/lib/track-api/ingest/schema";
import { generateHistory, HISTORY_BATCH_SIZE } from "@/lib/track-api/simulate";
import { tenantStore } from "@/lib/track-api/store";
import { migrate, openDb } from "@/lib/track-api/store/db";
import type { Dataset } from "./generate";
import { summarize, type Latency } from "./measure";
import { BENCH_TENANT, purgeTenant } from "./purge";

export interface IngestRun {
  name: string;
  events: number;
  batchSize: number;
  eventsPerSecond: number;
  /** Latency of one batch. */
  latency: Latency;
}

/** One day of traffic for the bench tenant, as events; `live` orders them by time, as they happen. */
export function benchEvents(transactions: number, now: number, order: "history" | "live", seed = "bench-ingest"): IngestEvent[] {
  const events = [...generateHistory({ tenantId: BENCH_TENANT.id, seed, count: transactions, days: 1, now })].flat();
  if (order === "live") events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.eventId.localeCompare(b.eventId));
  return events;
}

export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Ingests a day of the bench tenant's traffic into the dataset's store in-process (validated
 * events prepared first), in time order and in history order, then removes it again. Batches are
 * as large as the seed's (HISTORY_BATCH_SIZE).
 */
export async function benchStoreIngest(dataset: Dataset, transactions = 20_000, batchSize = HISTORY_BATCH_SIZE): Promise<IngestRun[]> {
  const db = openDb(dataset.url);
  await migrate(db);
  const store = tenantStore(db, BENCH_TENANT.id);
  const out: IngestRun[] = [];
  try {
    for (const order of ["live", "history"] as const) {
      await purgeTenant(db, BENCH_TENANT.id);
      const prepared: ParsedIngestEvent[][] = batches(benchEvents(transactions, dataset.now, order).map((e) => ingestEventSchema.parse(e)), batchSize);
      const samples: number[] = [];
      const started = performance.now();
      for (const batch of prepared) {
        const t = performance.now();
        await store.ingest(batch, dataset.now);
        samples.push(performance.now() - t);
      }
      const wall = performance.now() - started;
      const events = prepared.reduce((a, b) => a + b.length, 0);
      out.push({ name: order === "live" ? "store, events in time order" : "store, events grouped by transaction", events, batchSize, eventsPerSecond: (events * 1000) / wall, latency: summarize(samples, wall) });
    }
  } finally {
    await purgeTenant(db, BENCH_TENANT.id);
    await db.destroy();
  }
  return out;
}
