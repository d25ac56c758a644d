import type { IngestEvent } from "@/lib/track-api/ingest/schema";
import { sampleInstants } from "./calendar";
import { generateTransaction } from "./lifecycle";
import { buildProfile } from "./profiles";
import { ReferenceBook } from "./references";
import { Rng, type Seed } from "./rng";

const DAY = 86_400_000;

/** Events per yielded batch; well under the ingest API's limit of 5,000. */
export const HISTORY_BATCH_SIZE = 2_000;

export interface HistoryOptions {
  tenantId: string;
  seed: Seed;
  /** Transactions received in the window. */
  count: number;
  /** Length of the window ending at `now`, in days. */
  days?: number;
  /** End of the window (ms since the epoch). */
  now: number;
}

/**
 * Yields the events of `count` transactions received over the last `days` days, in batches of about
 * {@link HISTORY_BATCH_SIZE}, oldest transactions first. Busy on weekday office hours (Helsinki time),
 * quiet at night and weekends. Only events that happened by `now` are included, so the newest
 * transactions are still in progress.
 */
export function* generateHistory(options: HistoryOptions): Generator<IngestEvent[], void, undefined> {
  const { tenantId, seed, count, days = 90, now } = options;
  if (!(days > 0) || !Number.isFinite(now)) throw new Error("generateHistory: days must be > 0 and now finite");
  const profile = buildProfile(tenantId, seed);
  const timesRng = new Rng(`${seed}:${tenantId}:history-times`);
  const rng = new Rng(`${seed}:${tenantId}:history`);
  const receivedAt = sampleInstants(() => timesRng.next(), count, now - days * DAY, now);

  // Transactions come oldest first, so each can reference an earlier one (order → invoice → response).
  const book = new ReferenceBook();
  let batch: IngestEvent[] = [];
  for (let i = 0; i < receivedAt.length; i++) {
    const { events, times } = generateTransaction(rng, profile, receivedAt[i], i + 1, book);
    for (let e = 0; e < events.length && times[e] <= now; e++) batch.push(events[e]);
    if (batch.length >= HISTORY_BATCH_SIZE) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
