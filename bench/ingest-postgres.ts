import { ingestEventSchema, type ParsedIngestEvent } from "@/lib/track-api/ingest/schema";
import { HISTORY_BATCH_SIZE } from "@/lib/track-api/simulate";
import { tenantStore } from "@/lib/track-api/store";
import { migrate, openDb, type Db } from "@/lib/track-api/store/db";
import type { Dataset } from "./generate";
import { batches, benchEvents, type IngestRun } from "./ingest";
import { summarize } from "./measure";
import { dropDatabase, pgDatabaseName, pgUrl, recreateDatabase } from "./postgres";

/**
 * Ingests a day of traffic in time order into the dataset's largest tenant on PostgreSQL, from
 * `writers` connections at once: each its own pool of one connection (`openDb` each) in this
 * process, taking the next batch from one shared queue, so batches of neighbouring times (and of
 * the same transactions) run side by side. Writes go to a copy of the dataset's database (CREATE
 * DATABASE … TEMPLATE), dropped afterwards, as the SQLite runs write into a copy of the file.
 */
export async function benchPostgresIngest(
  dataset: Dataset,
  writers = 4,
  transactions = 20_000,
  batchSize = HISTORY_BATCH_SIZE,
): Promise<IngestRun[]> {
  const scratch = `${pgDatabaseName(dataset.n)}_ingest`;
  await recreateDatabase(scratch, pgDatabaseName(dataset.n));
  const pools: Db[] = [];
  try {
    const largest = dataset.tenants[0];
    for (let i = 0; i < writers; i++) {
      const db = openDb(pgUrl(scratch));
      await migrate(db);
      pools.push(db);
    }
    const events = benchEvents(transactions, dataset.now, "live", `bench-ingest-${largest.id}`, largest.id);
    const prepared: ParsedIngestEvent[][] = batches(
      events.map((e) => ingestEventSchema.parse(e)),
      batchSize,
    );
    const samples: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      pools.map(async (db) => {
        const store = tenantStore(db, largest.id);
        while (next < prepared.length) {
          const batch = prepared[next++];
          const t = performance.now();
          await store.ingest(batch, dataset.now);
          samples.push(performance.now() - t);
        }
      }),
    );
    const wall = performance.now() - started;
    return [
      {
        name: `store, events in time order, ${writers} concurrent writers (a pool each, one process), into a tenant of ${largest.transactions.toLocaleString("en")} transactions`,
        backend: "postgres",
        events: events.length,
        batchSize,
        eventsPerSecond: (events.length * 1000) / wall,
        latency: summarize(samples, wall),
      },
    ];
  } finally {
    for (const db of pools) await db.destroy();
    await dropDatabase(scratch);
  }
}
