import { sql } from "kysely";
import type { StatsGroupBy } from "@/lib/domain/enums";
import type { StatsResult } from "@/lib/domain/stats";
import { DAY_MS, HOUR_MS } from "@/lib/domain/time-buckets";
import type { Filter } from "@/lib/filters/schema";
import type { Db } from "./db";
import { whereFilter } from "./filter-sql";
import { namesOnly } from "./filter-keys";
import { floorTo, splitRange, type Range } from "./ranges";
import {
  DIM_COLUMNS,
  DIM_SPANS,
  durationBounds,
  durationBucket,
  HISTOGRAM_EDGES_MS,
  ROLLUP_SOURCE_COLUMNS,
  type RollupSource,
} from "./rollup";
import { addHour, BREAKDOWN_COLUMNS, type BreakdownDim, type StatsCounts } from "./stats-raw";

const STATS_ROLLUP_KEYS = new Set(["status", "receivedFrom", "receivedTo"]);

/** Stats can come from the rollups when the filter narrows by nothing but status and received range. */
export function statsCoveredByRollups(filter: Filter): boolean {
  return namesOnly(filter, STATS_ROLLUP_KEYS);
}

const BREAKDOWN_DIMS = Object.keys(BREAKDOWN_COLUMNS) as BreakdownDim[];
type Tally = Map<string, { dim: string; value: string; status: string; label: string; n: number }>;

function tally(acc: Tally, dim: string, value: string, status: string, label: string, n: number) {
  const key = `${dim}\u0001${value}\u0001${status}`;
  const entry = acc.get(key);
  if (!entry) acc.set(key, { dim, value, status, label, n });
  else {
    entry.n += n;
    if (label > entry.label) entry.label = label;
  }
}

const text = (v: string | number | null) => (v === null ? "" : String(v));

/**
 * Stats counts from the rollups: hourly rows for the series, daily rows for the whole days of the
 * breakdowns, and the few rows of the partial hours at either end read directly. The exact delivery
 * time percentiles are read from the rows of the one duration bucket that holds them.
 */
export async function rollupStatsCounts(
  db: Db,
  tenantId: string,
  filter: Filter,
  groupBy: StatsGroupBy,
  from: number,
  to: number,
  now: number,
): Promise<StatsCounts> {
  const parts = splitRange(from, to, DIM_SPANS);
  const rollup = (span: number, dims: string[], [lo, hi]: Range) => {
    let query = db
      .selectFrom("rollup_dims")
      .where("tenant_id", "=", tenantId)
      .where("span", "=", span)
      .where("dim", "in", dims)
      .where("n", ">", 0);
    if (lo !== null) query = query.where("start", ">=", lo);
    if (hi !== null) query = query.where("start", "<", hi);
    if (filter.status) query = query.where("status", "in", filter.status);
    return query;
  };

  // The series: whole hours from the rollup, the partial hours from the rows.
  const hours: StatsCounts["hours"] = new Map();
  const wholeHours: Range = [Math.ceil(from / HOUR_MS) * HOUR_MS, Math.floor(to / HOUR_MS) * HOUR_MS];
  if (wholeHours[0]! < wholeHours[1]!) {
    const rows = await rollup(HOUR_MS, [groupBy], wholeHours)
      .select(["start", "value", (eb) => eb.fn.sum<number>("n").as("n")])
      .groupBy(["start", "value"])
      .execute();
    for (const r of rows) addHour(hours, Number(r.start), r.value || "none", Number(r.n));
  }

  // Breakdowns, status totals and delivery times: days and hours from the rollups, then the rows.
  const acc: Tally = new Map();
  const dims = [...BREAKDOWN_DIMS, "status", "duration"];
  for (const [span, range] of parts.rollups) {
    const rows = await rollup(span, dims, range)
      .select(["dim", "value", "status", sql<string>`max(label)`.as("label"), (eb) => eb.fn.sum<number>("n").as("n")])
      .groupBy(["dim", "value", "status"])
      .execute();
    for (const r of rows) tally(acc, r.dim, r.value, r.status, r.label, Number(r.n));
  }
  for (const [a, b] of parts.raw) {
    const rows: RollupSource[] = await db
      .selectFrom("transactions")
      .select(ROLLUP_SOURCE_COLUMNS)
      .where(
        whereFilter(
          tenantId,
          { ...filter, receivedFrom: new Date(a).toISOString(), receivedTo: new Date(b).toISOString() },
          now,
        ),
      )
      .execute();
    for (const row of rows) {
      const received = Number(row.received_at);
      addHour(hours, floorTo(received, HOUR_MS), text(row[DIM_COLUMNS[groupBy]]) || "none", 1);
      for (const dim of [...BREAKDOWN_DIMS, "status"] as const)
        tally(acc, dim, text(row[DIM_COLUMNS[dim]]), row.status, dim === "partner" ? text(row.partner_name) : "", 1);
      if (row.delivered_at !== null)
        tally(acc, "duration", String(durationBucket(Number(row.delivered_at) - received)), row.status, "", 1);
    }
  }

  const groups = Object.fromEntries(
    BREAKDOWN_DIMS.map((d) => [d, [] as StatsCounts["groups"][BreakdownDim]]),
  ) as StatsCounts["groups"];
  const byStatus: Record<string, number> = {};
  const durations = new Map<number, number>();
  for (const t of acc.values()) {
    if (t.dim === "status") byStatus[t.value] = (byStatus[t.value] ?? 0) + t.n;
    else if (t.dim === "duration") durations.set(Number(t.value), (durations.get(Number(t.value)) ?? 0) + t.n);
    else if (t.value !== "")
      groups[t.dim as BreakdownDim].push({
        key: t.value,
        label: t.label || (t.dim === "partner" ? null : t.value),
        status: t.status,
        n: t.n,
      });
  }
  return { hours, groups, byStatus, throughput: await throughput(db, tenantId, filter, from, to, durations) };
}

async function throughput(
  db: Db,
  tenantId: string,
  filter: Filter,
  from: number,
  to: number,
  durations: Map<number, number>,
): Promise<StatsResult["throughput"]> {
  const buckets = [...durations].sort((a, b) => a[0] - b[0]);
  const count = buckets.reduce((a, [, n]) => a + n, 0);
  const upTo = (edge: number | null) =>
    buckets
      .filter(([b]) => (edge === null ? true : (durationBounds(b).upTo ?? Infinity) <= edge))
      .reduce((a, [, n]) => a + n, 0);
  const histogram: StatsResult["throughput"]["histogram"] = HISTOGRAM_EDGES_MS.map((edge, i) => ({
    upToMs: edge,
    count: upTo(edge) - (i > 0 ? upTo(HISTOGRAM_EDGES_MS[i - 1]) : 0),
  }));
  histogram.push({ upToMs: null, count: count - upTo(DAY_MS) });

  const duration = sql<number>`delivered_at - received_at`;
  const at = async (q: number): Promise<number | null> => {
    if (count === 0) return null;
    let k = Math.min(count - 1, Math.floor(q * count));
    const found = buckets.find(([, n]) => (k < n ? true : ((k -= n), false)));
    if (!found) return null;
    const { above, upTo: top } = durationBounds(found[0]);
    // NOTE: `delivered_at - received_at` is written exactly as in the transactions_duration index.
    let query = db
      .selectFrom("transactions")
      .select(duration.as("d"))
      .where("tenant_id", "=", tenantId)
      .where("delivered_at", "is not", null)
      .where("received_at", ">=", from)
      .where("received_at", "<", to);
    if (above !== null) query = query.where(duration, ">", above);
    if (top !== null) query = query.where(duration, "<=", top);
    if (filter.status) query = query.where("status", "in", filter.status);
    const row = await query.orderBy(duration).limit(1).offset(k).executeTakeFirst();
    return row ? Number(row.d) : null;
  };
  return { delivered: count, medianMs: await at(0.5), p90Ms: await at(0.9), histogram };
}
