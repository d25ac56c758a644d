import "server-only";

/** One viewer of a live view: how to reach it and which access token it can lend the loop. */
export interface LiveSubscriber {
  send: (event: string, data: unknown) => void;
  token: () => string;
}

export interface PollLoopOptions {
  /** Asks the upstream for a fingerprint of the view; a different answer means "something changed". */
  probe: (token: string) => Promise<string>;
  intervalMs?: number;
  idleIntervalMs?: number;
  maxBackoffMs?: number;
  /** Polls without a change before slowing down to the idle interval. */
  idleAfter?: number;
  onStop?: () => void;
}

/**
 * A poll loop shared by every viewer of one tenant's live view: one upstream probe per interval
 * however many browsers watch, slower when nothing changes, backing off on failures, and stopped
 * as soon as the last viewer leaves.
 */
export class PollLoop {
  readonly subscribers = new Set<LiveSubscriber>();
  /** Viewers still waiting for the loop's baseline; they get "ready" once it is known. */
  private readonly waiting = new Set<LiveSubscriber>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private fingerprint: string | undefined;
  private unchanged = 0;
  private failures = 0;
  private stopped = false;
  private readonly options: Required<Omit<PollLoopOptions, "onStop">> & Pick<PollLoopOptions, "onStop">;

  constructor(options: PollLoopOptions) {
    this.options = { intervalMs: 1000, idleIntervalMs: 5000, maxBackoffMs: 30_000, idleAfter: 30, ...options };
  }

  /** Adds a viewer; returns the function that removes it (and stops the loop with the last one). */
  subscribe(subscriber: LiveSubscriber): () => void {
    this.subscribers.add(subscriber);
    // NOTE: "ready" means "changes from now on will be pinged": it is only sent once a baseline
    // exists, and the browser refetches on it, so nothing between its load and the baseline is lost.
    if (this.fingerprint !== undefined) subscriber.send("ready", {});
    else this.waiting.add(subscriber);
    if (this.subscribers.size === 1 && !this.timer) this.schedule(0);
    return () => {
      this.subscribers.delete(subscriber);
      this.waiting.delete(subscriber);
      if (this.subscribers.size === 0) this.stop();
    };
  }

  get running(): boolean {
    return !this.stopped && this.timer !== undefined;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.options.onStop?.();
  }

  private schedule(delay: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.poll(), delay);
    this.timer.unref?.();
  }

  private async poll() {
    const lender = [...this.subscribers].at(-1);
    if (!lender) return this.stop();
    try {
      const next = await this.options.probe(lender.token());
      this.failures = 0;
      if (this.fingerprint !== undefined && next !== this.fingerprint) {
        this.unchanged = 0;
        for (const s of this.subscribers) s.send("changed", { at: new Date().toISOString() });
      } else {
        this.unchanged += 1;
      }
      this.fingerprint = next;
      for (const s of this.waiting) s.send("ready", {});
      this.waiting.clear();
      this.schedule(this.unchanged >= this.options.idleAfter ? this.options.idleIntervalMs : this.options.intervalMs);
    } catch {
      this.failures += 1;
      for (const s of this.subscribers) s.send("trouble", { failures: this.failures });
      this.schedule(Math.min(this.options.maxBackoffMs, this.options.intervalMs * 2 ** this.failures));
    }
  }
}
