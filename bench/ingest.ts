import fs from "node:fs";
import SQLite from "better-sqlite3";
import { ingestEventSchema, type IngestEvent, type ParsedIngestEvent } from "@/lib/track-api/ingest/schema";
import { generateHistory, HISTORY_BATCH_SIZE } from "@/lib/track-api/simulate";
import { tenantStore } from "@/lib/track-api/store";
import { migrate, openDb } from "@/lib/track-api/store/db";
import type { Dataset } from "./generate";
import { summarize, type Latency } from "./measure";
import { BENCH_TENANT, purgeTenant } from "./purge";

export interface IngestRun {
  name: string;
  /** The store's backend; absent in results written before PostgreSQL was measured: SQLite. */
  backend?: "sqlite" | "postgres";
  events: number;
  batchSize: number;
  eventsPerSecond: number;
  /** Latency of one batch. */
  latency: Latency;
}

/** One day of traffic for a tenant (the bench tenant unless said), as events; `live` orders them by time, as they happen. */
export function benchEvents(
  transactions: number,
  now: number,
  order: "history" | "live",
  seed = "bench-ingest",
  tenantId = BENCH_TENANT.id,
): IngestEvent[] {
  const events = [...generateHistory({ tenantId, seed, count: transactions, days: 1, now })].flat();
  if (order === "live")
    events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.eventId.localeCompare(b.eventId));
  return events;
}

export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface StoreRun {
  name: string;
  tenantId: string;
  order: "history" | "live";
}

/** A copy of the dataset's file to write into, so the measured data stays as it was generated. */
function scratchCopy(dataset: Dataset): string {
  const sqlite = new SQLite(dataset.file);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  const file = `${dataset.file}.ingest-scratch`;
  fs.copyFileSync(dataset.file, file);
  return file;
}

/**
 * Ingests a day of traffic in-process (validated events prepared first) into a copy of the dataset's
 * store: into the empty bench tenant in time order and in history order, and in time order into the
 * dataset's largest tenant, whose indexes already hold millions of entries (where an index keyed at
 * random touches a page per event). Batches are as large as the seed's (HISTORY_BATCH_SIZE). The
 * copy goes afterwards: deleting rows leaves the free-text index and the tables otherwise than
 * generated, and the other benches measure those.
 */
export async function benchStoreIngest(
  dataset: Dataset,
  transactions = 20_000,
  batchSize = HISTORY_BATCH_SIZE,
): Promise<IngestRun[]> {
  const file = scratchCopy(dataset);
  const db = openDb(`file:${file}`);
  await migrate(db);
  const largest = dataset.tenants[0];
  const runs: StoreRun[] = [
    { name: "store, events in time order", tenantId: BENCH_TENANT.id, order: "live" },
    { name: "store, events grouped by transaction", tenantId: BENCH_TENANT.id, order: "history" },
    {
      name: `store, events in time order, into a tenant of ${largest.transactions.toLocaleString("en")} transactions`,
      tenantId: largest.id,
      order: "live",
    },
  ];
  const out: IngestRun[] = [];
  try {
    for (const run of runs) {
      await purgeTenant(db, BENCH_TENANT.id);
      const events = benchEvents(transactions, dataset.now, run.order, `bench-ingest-${run.tenantId}`, run.tenantId);
      const prepared: ParsedIngestEvent[][] = batches(
        events.map((e) => ingestEventSchema.parse(e)),
        batchSize,
      );
      const store = tenantStore(db, run.tenantId);
      const samples: number[] = [];
      const started = performance.now();
      for (const batch of prepared) {
        const t = performance.now();
        await store.ingest(batch, dataset.now);
        samples.push(performance.now() - t);
      }
      const wall = performance.now() - started;
      out.push({
        name: run.name,
        events: events.length,
        batchSize,
        eventsPerSecond: (events.length * 1000) / wall,
        latency: summarize(samples, wall),
      });
    }
  } finally {
    await db.destroy();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  }
  return out;
}
