import "server-only";

export interface PollLoopOptions {
  /** Asks the upstream for a fingerprint of the view; a different answer means "something changed". */
  probe: (token: string) => Promise<string>;
  /** An access token to probe with (one of the view's viewers'); none stops the loop. */
  token: () => string | undefined;
  /** The first fingerprint is known: changes from now on are seen. */
  onBaseline?: () => void;
  onChange: () => void;
  onTrouble?: (failures: number) => void;
  intervalMs?: number;
  idleIntervalMs?: number;
  maxBackoffMs?: number;
  /** Polls without a change before slowing down to the idle interval. */
  idleAfter?: number;
  /** A nudge probes at once, but never sooner than this after the previous probe started. */
  nudgeSpacingMs?: number;
}

type Timing = Required<
  Pick<PollLoopOptions, "intervalMs" | "idleIntervalMs" | "maxBackoffMs" | "idleAfter" | "nudgeSpacingMs">
>;

/**
 * The poll loop of one live view: one upstream probe per interval however many browsers watch,
 * slower when nothing changes, backing off on failures, at once when nudged (the store announced an
 * ingest for the tenant). Who watches, and on which instance, is the live view's business.
 */
export class PollLoop {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private fingerprint: string | undefined;
  private unchanged = 0;
  private failures = 0;
  private stopped = false;
  private probing = false;
  private nudged = false;
  private lastProbeAt = 0;
  private readonly timing: Timing;

  constructor(private readonly options: PollLoopOptions) {
    this.timing = {
      intervalMs: 1000,
      idleIntervalMs: 5000,
      maxBackoffMs: 30_000,
      idleAfter: 30,
      nudgeSpacingMs: 200,
      ...options,
    };
  }

  start(): void {
    this.schedule(0);
  }

  get running(): boolean {
    return !this.stopped;
  }

  get hasBaseline(): boolean {
    return this.fingerprint !== undefined;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Probes as soon as allowed: the upstream said something may have changed. */
  nudge(): void {
    if (this.stopped) return;
    if (this.probing) {
      this.nudged = true;
      return;
    }
    this.unchanged = 0;
    this.schedule(Math.max(0, this.lastProbeAt + this.timing.nudgeSpacingMs - Date.now()));
  }

  private schedule(delay: number) {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), delay);
    this.timer.unref?.();
  }

  private async poll() {
    const token = this.options.token();
    if (!token) return this.stop();
    this.probing = true;
    this.nudged = false;
    this.lastProbeAt = Date.now();
    try {
      const next = await this.options.probe(token);
      if (this.stopped) return;
      this.failures = 0;
      const first = this.fingerprint === undefined;
      if (!first && next !== this.fingerprint) {
        this.unchanged = 0;
        this.options.onChange();
      } else {
        this.unchanged += 1;
      }
      this.fingerprint = next;
      if (first) this.options.onBaseline?.();
      this.probing = false;
      if (this.nudged) return this.nudge();
      this.schedule(this.unchanged >= this.timing.idleAfter ? this.timing.idleIntervalMs : this.timing.intervalMs);
    } catch {
      this.probing = false;
      if (this.stopped) return;
      this.failures += 1;
      this.options.onTrouble?.(this.failures);
      this.schedule(Math.min(this.timing.maxBackoffMs, this.timing.intervalMs * 2 ** this.failures));
    }
  }
}
