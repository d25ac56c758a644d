/** What instances tell each other (DESIGN §8): small JSON messages, never data a tenant could not see. */
export type ClusterMessage =
  /** The data of a live view (by its id: a hash of tenant + view) changed. */
  | { type: "live-changed"; view: string; at: string }
  /** A live view's poll loop has its baseline: changes from now on are announced. */
  | { type: "live-ready"; view: string }
  /** A live view's poll loop cannot reach the upstream (`failures` in a row). */
  | { type: "live-trouble"; view: string; failures: number }
  /** The embedded store committed events of `tenant`. */
  | { type: "ingested"; tenant: string }
  /** A session was signed out: its open streams end. */
  | { type: "session-ended"; sid: string }
  /** A user of `tenant` got an in-app notification: their open tabs ask for the unread count. */
  | { type: "notified"; tenant: string; userId: string }
  /** Alert deliveries were written: the instance that sends them looks now instead of at its next interval. */
  | { type: "alert-deliveries-due" };

export type BusListener = (message: ClusterMessage) => void;

/** Fan-out of messages to every instance, this one included. */
export interface Bus {
  /** Delivered to every subscriber of every instance (best effort: a message may be lost in an outage). */
  publish(message: ClusterMessage): Promise<void>;
  subscribe(listener: BusListener): () => void;
  /** Whether this instance hears the other instances' messages (always true for one process). */
  readonly connected: boolean;
  close(): Promise<void>;
}

/** Listeners of one process; delivery is asynchronous, as it is across instances. */
export class Listeners {
  private readonly set = new Set<BusListener>();

  add(listener: BusListener): () => void {
    this.set.add(listener);
    return () => void this.set.delete(listener);
  }

  deliver(message: ClusterMessage): void {
    for (const listener of [...this.set]) {
      try {
        listener(message);
      } catch (error) {
        console.error("[cluster] a message listener failed", error);
      }
    }
  }
}

/** The bus of a single instance: messages go to this process's subscribers only. */
export class LocalBus implements Bus {
  readonly connected = true;
  private readonly listeners = new Listeners();

  async publish(message: ClusterMessage): Promise<void> {
    queueMicrotask(() => this.listeners.deliver(message));
  }

  subscribe(listener: BusListener): () => void {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {}
}
