import "server-only";
import type { Coordination } from "@/lib/cluster";
import type { ClusterMessage } from "@/lib/cluster/bus";
import type { LeaseHandle } from "@/lib/cluster/leases";
import { PollLoop, type PollLoopOptions } from "./poll-loop";

/** One viewer of a live view: how to reach it and which access token it can lend the loop. */
export interface LiveSubscriber {
  send: (event: string, data: unknown) => void;
  token: () => string;
}

/** How a view's loop probes the upstream and how often. */
export type LoopSettings = Pick<
  PollLoopOptions,
  "probe" | "intervalMs" | "idleIntervalMs" | "maxBackoffMs" | "idleAfter"
>;

/**
 * One tenant's live view as this instance sees it: its viewers here, and the view's poll loop when
 * this instance holds the view's lease (one loop in the whole cluster). The loop's findings go out
 * on the bus and come back to every instance's viewers alike, this one's included.
 */
export class LiveView {
  readonly subscribers = new Set<LiveSubscriber>();
  /** Viewers still waiting for the loop's baseline; they get "ready" once it is known. */
  private readonly waiting = new Set<LiveSubscriber>();
  private loop: PollLoop | undefined;
  private lease: LeaseHandle | undefined;
  private unlisten = () => {};
  private ready = false;
  private closed = false;

  constructor(
    /** A hash of tenant + view: the same on every instance, and all a message says about the view. */
    readonly id: string,
    readonly tenant: string,
    private readonly settings: () => LoopSettings,
    private readonly cluster: Coordination,
    private readonly onEmpty: () => void,
  ) {}

  /** Whether this instance runs the view's poll loop. */
  get polling(): boolean {
    return this.loop?.running ?? false;
  }

  /** Adds a viewer; returns the function that removes it (and closes the view with the last one). */
  subscribe(subscriber: LiveSubscriber): () => void {
    this.subscribers.add(subscriber);
    // NOTE: "ready" means "changes from now on will be pinged": it is only sent once a baseline
    // exists, and the browser refetches on it, so nothing between its load and the baseline is lost.
    if (this.ready) subscriber.send("ready", {});
    else this.waiting.add(subscriber);
    if (this.subscribers.size === 1 && !this.lease) this.open();
    return () => {
      this.subscribers.delete(subscriber);
      this.waiting.delete(subscriber);
      if (this.subscribers.size === 0) this.close();
    };
  }

  private open() {
    const name = `live:${this.id}`;
    this.unlisten = this.cluster.bus.subscribe((message) => this.hear(message));
    this.lease = this.cluster.leases.hold(
      name,
      { onAcquire: () => this.startLoop(), onLose: () => this.stopLoop() },
      { needsBus: true },
    );
    // The loop may run on another instance, with its baseline known already.
    if (!this.loop)
      this.cluster.leases.info(name).then(
        (info) => info?.state === "ready" && this.markReady(),
        () => {},
      );
  }

  private close() {
    if (this.closed) return;
    this.closed = true;
    this.stopLoop();
    this.unlisten();
    void this.lease?.release();
    this.onEmpty();
  }

  private startLoop() {
    if (this.closed || this.loop) return;
    // Viewers already served by a loop on another instance: changes between that loop's last probe
    // and this one's baseline were seen by nobody, so the baseline itself is announced as a change.
    const takeover = this.ready;
    this.loop = new PollLoop({
      ...this.settings(),
      token: () => [...this.subscribers].at(-1)?.token(),
      onBaseline: () => {
        this.lease?.setState("ready");
        void this.cluster.bus.publish(takeover ? this.changed() : { type: "live-ready", view: this.id });
      },
      onChange: () => void this.cluster.bus.publish(this.changed()),
      onTrouble: (failures) => void this.cluster.bus.publish({ type: "live-trouble", view: this.id, failures }),
    });
    this.loop.start();
  }

  private stopLoop() {
    this.loop?.stop();
    this.loop = undefined;
  }

  private changed(): ClusterMessage {
    return { type: "live-changed", view: this.id, at: new Date().toISOString() };
  }

  private markReady() {
    this.ready = true;
    for (const subscriber of this.waiting) subscriber.send("ready", {});
    this.waiting.clear();
  }

  private hear(message: ClusterMessage) {
    if (this.closed) return;
    if (message.type === "ingested") {
      if (message.tenant === this.tenant) this.loop?.nudge();
      return;
    }
    if (!("view" in message) || message.view !== this.id) return;
    if (message.type === "live-trouble") {
      for (const subscriber of this.subscribers) subscriber.send("trouble", { failures: message.failures });
      return;
    }
    // Viewers that were waiting get "ready" (and refetch) rather than a change they never had the before of.
    const informed = [...this.subscribers].filter((subscriber) => !this.waiting.has(subscriber));
    this.markReady();
    if (message.type === "live-changed")
      for (const subscriber of informed) subscriber.send("changed", { at: message.at });
  }
}
