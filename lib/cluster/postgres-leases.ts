import { sql, type Kysely } from "kysely";
import type { DashboardDatabase } from "@/lib/dashboard-store/schema";
import type { Bus } from "./bus";
import type { LeaseCallbacks, LeaseHandle, LeaseInfo, Leases } from "./leases";
import { outageLog } from "./outage";

export interface LeaseTiming {
  /** A lease not renewed for this long is free for another instance. */
  ttlMs: number;
  /** How often held leases are renewed and wanted ones tried. */
  renewMs: number;
}

export const DEFAULT_LEASE_TIMING: LeaseTiming = { ttlMs: 5_000, renewMs: 1_000 };

interface Entry {
  callbacks: LeaseCallbacks;
  held: boolean;
  /** Work that only makes sense when its messages reach the other instances (a live view's loop). */
  needsBus: boolean;
}

// The database server's clock, so that instances on machines whose clocks differ agree on expiry.
const NOW_MS = sql<number>`(extract(epoch from clock_timestamp()) * 1000)::bigint`;

/**
 * Leases in the shared PostgreSQL database (table dashboard_leases): one statement per instance and
 * renewal period takes or renews every lease the instance wants. When the database does not answer,
 * the instance runs its leased work itself (per-instance behaviour) and says so once in the log.
 */
export class PostgresLeases implements Leases {
  private readonly entries = new Map<string, Entry>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticking = false;
  private again = false;
  private closed = false;
  private readonly outage = outageLog("PostgreSQL leases", "this instance runs its shared work itself");

  constructor(
    private readonly instanceId: string,
    private readonly db: () => Promise<Kysely<DashboardDatabase>>,
    private readonly bus: Bus,
    private readonly timing: LeaseTiming = DEFAULT_LEASE_TIMING,
  ) {}

  hold(name: string, callbacks: LeaseCallbacks, options: { needsBus?: boolean } = {}): LeaseHandle {
    const entry: Entry = { callbacks, held: false, needsBus: options.needsBus ?? false };
    this.entries.set(name, entry);
    this.tickSoon();
    return {
      get held() {
        return entry.held;
      },
      setState: (state) => {
        if (!entry.held) return;
        void this.withDb((db) =>
          db
            .updateTable("dashboard_leases")
            .set({ state })
            .where("name", "=", name)
            .where("holder", "=", this.instanceId)
            .execute(),
        );
      },
      release: () => this.release(name, entry),
    };
  }

  async info(name: string): Promise<LeaseInfo | null> {
    const rows = await this.withDb((db) =>
      db
        .selectFrom("dashboard_leases")
        .select(["holder", "state"])
        .where("name", "=", name)
        .where("expires_at", ">=", NOW_MS)
        .execute(),
    );
    return rows?.[0] ?? null;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const held = [...this.entries].filter(([, entry]) => entry.held);
    this.entries.clear();
    // The work stops first (a simulator's batch in flight is stored), then the others may take it.
    await Promise.allSettled(held.map(([, entry]) => this.transition(entry, false)));
    if (held.length) await this.forget(held.map(([name]) => name));
  }

  private async release(name: string, entry: Entry): Promise<void> {
    if (this.entries.get(name) !== entry) return;
    this.entries.delete(name);
    const wasHeld = entry.held;
    await this.transition(entry, false);
    if (wasHeld) await this.forget([name]);
  }

  private async forget(names: string[]): Promise<void> {
    await this.withDb((db) =>
      db.deleteFrom("dashboard_leases").where("name", "in", names).where("holder", "=", this.instanceId).execute(),
    );
  }

  private async transition(entry: Entry, held: boolean): Promise<void> {
    if (entry.held === held) return;
    entry.held = held;
    try {
      if (held) entry.callbacks.onAcquire();
      else await entry.callbacks.onLose();
    } catch (error) {
      console.error(`[cluster] leased work failed to ${held ? "start" : "stop"}`, error);
    }
  }

  private tickSoon() {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), 0);
    this.timer.unref?.();
  }

  private async tick(): Promise<void> {
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = true;
    try {
      const names = [...this.entries.keys()];
      const held = names.length ? await this.acquire(names) : new Set<string>();
      for (const [name, entry] of this.entries) {
        const alone = entry.needsBus && !this.bus.connected;
        void this.transition(entry, held === "all" || alone || held.has(name));
      }
    } finally {
      this.ticking = false;
    }
    if (this.closed || this.entries.size === 0) return;
    if (this.again) {
      this.again = false;
      return this.tickSoon();
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), this.timing.renewMs);
    this.timer.unref?.();
  }

  /** Takes or renews `names`; the ones now held, or "all" when the database cannot say. */
  private async acquire(names: string[]): Promise<Set<string> | "all"> {
    const rows = await this.withDb(async (db) => {
      const result = await sql<{ name: string }>`
        insert into dashboard_leases as l (name, holder, expires_at, state)
        select n, ${this.instanceId}, ${NOW_MS} + ${this.timing.ttlMs}, null from unnest(${names}::text[]) as n
        on conflict (name) do update
          set holder = excluded.holder, expires_at = excluded.expires_at,
              state = case when l.holder = excluded.holder then l.state else null end
          where l.holder = excluded.holder or l.expires_at < ${NOW_MS}
        returning name`.execute(db);
      return result.rows;
    });
    return rows ? new Set(rows.map((r) => r.name)) : "all";
  }

  /** Runs a statement; undefined (and one log line per outage) when the database does not answer. */
  private async withDb<T>(run: (db: Kysely<DashboardDatabase>) => Promise<T>): Promise<T | undefined> {
    try {
      const result = await run(await this.db());
      this.outage.recovered();
      return result;
    } catch (error) {
      this.outage.failed(error);
      return undefined;
    }
  }
}
