import { MAX_INGEST_BATCH, type IngestEvent } from "@/lib/track-api/ingest/schema";
import { EventQueue } from "./event-queue";
import { generateTransaction } from "./lifecycle";
import { buildProfile, type TenantProfile } from "./profiles";
import { ReferenceBook } from "./references";
import { Rng, type Seed } from "./rng";

export interface TrafficSimulatorOptions {
  tenants: string[];
  seed: Seed;
  /** New transactions per minute for each tenant (Poisson arrivals). */
  ratePerMinute: number;
  /** Delivers a batch of events for a tenant; failures are logged and the batch retried next tick. */
  ingest: (tenantId: string, events: IngestEvent[]) => Promise<unknown>;
  now?: () => number;
  /** Tick interval of `start()`, ms. Default 1,000. */
  intervalMs?: number;
  logger?: Pick<Console, "warn">;
  /** Share of emitted events delivered a second time, on the next tick. Default 0.01. */
  duplicateRate?: number;
  /** Chance that two adjacent events of one transaction in a batch swap places. Default 0.05. */
  reorderRate?: number;
}

export interface TickResult {
  created: number;
  emitted: number;
  failed: number;
}

interface TenantState {
  tenantId: string;
  profile: TenantProfile;
  arrivals: Rng;
  transactions: Rng;
  quirks: Rng;
  queue: EventQueue;
  /** The documents created so far, for later ones to reference. */
  book: ReferenceBook;
  nextArrival: number | null;
  seq: number;
}

// After a long pause (a laptop asleep) create at most this much backlog instead of a burst of hours.
const MAX_CATCH_UP_MS = 10 * 60_000;
// Live document numbers start above what the history generator uses, so the two rarely collide.
const FIRST_LIVE_SEQ = 700_000;

/** Live traffic: creates transactions at a steady rate and emits each event once its time has come. */
export class TrafficSimulator {
  private readonly states: TenantState[];
  private timer: ReturnType<typeof setInterval> | null = null;
  private inFlight: Promise<unknown> | null = null;

  constructor(private readonly options: TrafficSimulatorOptions) {
    this.states = options.tenants.map((tenantId) => ({
      tenantId,
      profile: buildProfile(tenantId, options.seed),
      arrivals: new Rng(`${options.seed}:${tenantId}:live-arrivals`),
      transactions: new Rng(`${options.seed}:${tenantId}:live`),
      quirks: new Rng(`${options.seed}:${tenantId}:live-quirks`),
      queue: new EventQueue(),
      book: new ReferenceBook(),
      nextArrival: null,
      seq: FIRST_LIVE_SEQ,
    }));
  }

  /** Ticks every `intervalMs` until {@link stop}; the timer does not keep the process alive. */
  start(): void {
    if (this.timer) return;
    const now = this.options.now ?? Date.now;
    this.timer = setInterval(() => {
      if (this.inFlight) return;
      this.inFlight = this.tick(now())
        .catch((err: unknown) => this.warn(`[simulate] tick failed: ${String(err)}`))
        .finally(() => {
          this.inFlight = null;
        });
    }, this.options.intervalMs ?? 1_000);
    this.timer.unref?.();
  }

  /** Stops the timer and waits for a tick in progress to finish. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.inFlight;
  }

  /** Creates the transactions due by `now` and emits every queued event that happened by `now`. */
  async tick(now: number): Promise<TickResult> {
    const result: TickResult = { created: 0, emitted: 0, failed: 0 };
    const failures: string[] = [];
    for (const state of this.states) {
      result.created += this.createDue(state, now);
      const due = this.takeDue(state, now);
      for (let i = 0; i < due.length; i += MAX_INGEST_BATCH) {
        const chunk = due.slice(i, i + MAX_INGEST_BATCH);
        try {
          await this.options.ingest(
            state.tenantId,
            chunk.map((d) => d.event),
          );
          result.emitted += chunk.length;
        } catch (err) {
          // Events keep their time, so they go out again on the next tick; ingest is idempotent.
          for (const d of chunk) state.queue.push(d.at, d.event, true);
          result.failed += chunk.length;
          failures.push(`${state.tenantId}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
    if (failures.length > 0) {
      this.warn(
        `[simulate] ingest failed for ${failures.length} batch(es), retrying next tick: ${failures.join("; ")}`,
      );
    }
    return result;
  }

  private createDue(state: TenantState, now: number): number {
    const rate = this.options.ratePerMinute;
    if (!(rate > 0)) return 0;
    const meanGap = 60_000 / rate;
    state.nextArrival ??= now + state.arrivals.exponential(meanGap);
    if (now - state.nextArrival > MAX_CATCH_UP_MS) state.nextArrival = now - MAX_CATCH_UP_MS;
    let created = 0;
    while (state.nextArrival <= now) {
      const tx = generateTransaction(
        state.transactions,
        state.profile,
        Math.floor(state.nextArrival),
        state.seq++,
        state.book,
      );
      tx.events.forEach((event, i) => state.queue.push(tx.times[i], event));
      state.nextArrival += state.arrivals.exponential(meanGap);
      created++;
    }
    return created;
  }

  // Due events in time order, with the network's quirks: some re-sent next tick, some pairs swapped.
  private takeDue(state: TenantState, now: number) {
    const due = state.queue.popDue(now);
    const { quirks } = state;
    const duplicateRate = this.options.duplicateRate ?? 0.01;
    const reorderRate = this.options.reorderRate ?? 0.05;
    for (const d of due) if (!d.duplicate && quirks.chance(duplicateRate)) state.queue.push(d.at, d.event, true);
    for (let i = 0; i + 1 < due.length; i++) {
      if (due[i].event.transactionId !== due[i + 1].event.transactionId || !quirks.chance(reorderRate)) continue;
      [due[i], due[i + 1]] = [due[i + 1], due[i]];
      i++;
    }
    return due;
  }

  private warn(message: string): void {
    (this.options.logger ?? console).warn(message);
  }
}
