import pg from "pg";
import { sql, type Kysely } from "kysely";
import type { DashboardDatabase } from "@/lib/dashboard-store/schema";
import { Listeners, type Bus, type BusListener, type ClusterMessage } from "./bus";
import { outageLog } from "./outage";

const CHANNEL = "track_monitor";
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 10_000;

/**
 * Fan-out through PostgreSQL's LISTEN/NOTIFY: one listening connection per instance; messages are
 * sent with pg_notify on the shared pool and come back to every listener, this instance's included.
 * While the listening connection is down, this instance delivers its own messages itself (it works
 * on its own) and reconnects with backoff.
 */
export class PostgresBus implements Bus {
  private readonly listeners = new Listeners();
  private client: pg.Client | undefined;
  private listening = false;
  private closed = false;
  private retryMs = RECONNECT_MIN_MS;
  private readonly outage = outageLog("PostgreSQL LISTEN/NOTIFY", "live pings reach this instance's viewers only");
  /** Resolves once the first connection attempt has settled, so the first subscriber hears everything. */
  readonly started: Promise<void>;

  constructor(
    private readonly url: string,
    private readonly db: () => Promise<Kysely<DashboardDatabase>>,
  ) {
    this.started = this.connect();
  }

  get connected(): boolean {
    return this.listening;
  }

  async publish(message: ClusterMessage): Promise<void> {
    const payload = JSON.stringify(message);
    if (!this.listening) this.deliverLater(message);
    try {
      await sql`select pg_notify(${CHANNEL}, ${payload})`.execute(await this.db());
    } catch (error) {
      this.outage.failed(error);
      if (this.listening) this.deliverLater(message);
    }
  }

  subscribe(listener: BusListener): () => void {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listening = false;
    await this.client?.end().catch(() => {});
  }

  private deliverLater(message: ClusterMessage) {
    queueMicrotask(() => this.listeners.deliver(message));
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url });
    this.client = client;
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      this.listening = false;
      if (this.closed) return;
      this.outage.failed(error ?? new Error("connection ended"));
      client.end().catch(() => {});
      setTimeout(() => void this.connect(), this.retryMs).unref();
      this.retryMs = Math.min(RECONNECT_MAX_MS, this.retryMs * 2);
    };
    client.on("error", lost);
    client.on("end", () => lost());
    client.on("notification", (notification) => {
      if (notification.channel !== CHANNEL || !notification.payload) return;
      try {
        this.listeners.deliver(JSON.parse(notification.payload) as ClusterMessage);
      } catch {
        // Not one of ours: ignored.
      }
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      if (this.client !== client) return;
      this.listening = true;
      this.retryMs = RECONNECT_MIN_MS;
      this.outage.recovered();
    } catch (error) {
      lost(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
