/**
 * Runs `work` every `intervalMs` and at once when nudged, never two runs at a time: a nudge during
 * a run makes one more run right after it.
 */
export class DeliveryLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void = (error) =>
      console.error(`[alerts] deliveries: ${error instanceof Error ? error.message : String(error)}`),
  ) {}

  start(): void {
    this.stopped = false;
    this.nudge();
  }

  /** Runs the work now (or right after the current run). */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.work()
      .catch(this.onError)
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.nudge();
          return;
        }
        this.timer = setTimeout(() => this.nudge(), this.intervalMs);
        this.timer.unref();
      });
  }

  /** Stops the loop; resolves once a run in progress has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
