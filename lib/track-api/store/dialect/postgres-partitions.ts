import { sql } from "kysely";
import type { Db } from "../connection";
import { WEEK_MS } from "../rollup";
import { dropUnlinkedLines, unlinkPartition } from "./postgres-event-lines";
import { untimed } from "./postgres-untimed";

/** The tables partitioned by week, and the column each is partitioned by. */
const PARTITIONED = { transactions: "received_at", events: "occurred_at" } as const;
type Table = keyof typeof PARTITIONED;
/** Held while partitions are created or dropped, so two writers never race to create the same one. */
const PARTITION_LOCK = 7_261_530_001;

/** Weeks are counted from the epoch, as the rollups' weeks (store/rollup.ts), so a week's rollup rows go with it. */
const weekOf = (t: number) => Math.floor(t / WEEK_MS);
const partitionName = (table: Table, week: number) => `${table}_w${week}`;

/**
 * The weekly partitions of a PostgreSQL store: created before a write needs them, dropped when their
 * week is past retention. `known` remembers the weeks that exist, so most batches cost no query.
 */
export class WeeklyPartitions {
  private readonly known = new Set<number>();

  /** Creates the partitions of every week that holds one of `times` (both tables, so a transaction received in an event's week has one too). */
  async ensure(db: Db, times: Iterable<number>): Promise<void> {
    const weeks = new Set<number>();
    for (const t of times) if (Number.isFinite(t) && !this.known.has(weekOf(t))) weeks.add(weekOf(t));
    if (weeks.size === 0) return;
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${PARTITION_LOCK})`.execute(trx);
      for (const week of [...weeks].sort((a, b) => a - b))
        for (const table of Object.keys(PARTITIONED) as Table[])
          await sql`create table if not exists ${sql.table(partitionName(table, week))} partition of ${sql.table(table)}
            for values from (${sql.lit(week * WEEK_MS)}) to (${sql.lit((week + 1) * WEEK_MS)})`.execute(trx);
    });
    for (const week of weeks) this.known.add(week);
  }

  /**
   * Whether an insert failed because a partition this process knew of is gone (dropped by another
   * process's retention): then every week is looked at again before the next write.
   */
  lost(error: unknown): boolean {
    // 23514: "no partition of relation … found for row".
    const missing = (error as { code?: string } | null)?.code === "23514" && /no partition/.test(String(error));
    if (missing) this.known.clear();
    return missing;
  }

  /**
   * Drops the partitions of every week that ends at or before `cutoff`, with those weeks' rollup rows
   * and the links of their transactions to their event texts, then the texts no transaction has any
   * more (migration 0013).
   */
  async dropBefore(db: Db, cutoff: number): Promise<void> {
    const rows = await sql<{ name: string }>`select c.relname as name from pg_inherits i
      join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
      join pg_namespace n on n.oid = p.relnamespace
      where n.nspname = current_schema() and p.relname in ('transactions', 'events')`.execute(db);
    const expired = rows.rows
      .map((r) => ({ name: r.name, week: Number(/_w(\d+)$/.exec(r.name)?.[1]) }))
      .filter((p) => Number.isFinite(p.week) && (p.week + 1) * WEEK_MS <= cutoff);
    const unlinked: string[] = [];
    await db.transaction().execute(async (trx) => {
      // Unlinking a week's transactions takes about a second at a million (609,458 links).
      await untimed(trx);
      await sql`select pg_advisory_xact_lock(${PARTITION_LOCK})`.execute(trx);
      for (const p of expired) {
        if (p.name.startsWith("transactions_")) unlinked.push(...(await unlinkPartition(trx, p.name)));
        await sql`drop table if exists ${sql.table(p.name)}`.execute(trx);
      }
      await trx.deleteFrom("rollup_dims").where("start", "<", cutoff).execute();
      await trx.deleteFrom("rollup_combos").where("start", "<", cutoff).execute();
    });
    for (const p of expired) this.known.delete(p.week);
    // NOTE: in a database transaction of its own, which holds no partition: a batch holds its
    // partitions while it waits for its tenant's mark, which this one takes.
    await dropUnlinkedLines(db, [...new Set(unlinked)]);
  }
}
