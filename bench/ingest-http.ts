import type { Dataset } from "./generate";
import { fetchOk } from "./http";
import { batches, benchEvents, type IngestRun } from "./ingest";
import { summarize } from "./measure";

/** Posts a day of the bench tenant's traffic, in time order, to `POST /track/api/events` in batches. */
export async function benchHttpIngest(
  base: string,
  token: string,
  dataset: Dataset,
  transactions = 10_000,
  batchSize = 1_000,
  clients = 2,
): Promise<IngestRun> {
  const bodies = batches(benchEvents(transactions, dataset.now, "live", "bench-http-ingest"), batchSize).map(
    (events) => ({ events: events.length, body: JSON.stringify({ events }) }),
  );
  const samples: number[] = [];
  let nextBatch = 0;
  const started = performance.now();
  // Each client posts its next batch when the previous answer came back.
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (nextBatch < bodies.length) {
        const { body } = bodies[nextBatch++];
        const t = performance.now();
        await fetchOk(`${base}/track/api/events`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body,
        });
        samples.push(performance.now() - t);
      }
    }),
  );
  const wall = performance.now() - started;
  const events = bodies.reduce((a, b) => a + b.events, 0);
  return {
    name: `HTTP POST /track/api/events, ${clients} clients`,
    events,
    batchSize,
    eventsPerSecond: (events * 1000) / wall,
    latency: summarize(samples, wall),
  };
}
