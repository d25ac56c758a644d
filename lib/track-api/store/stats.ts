import { now as clockNow } from "@/lib/clock";
import { STATUSES } from "@/lib/domain/enums";
import type { BreakdownRow, StatsResult, StatusCounts } from "@/lib/domain/stats";
import { timeBuckets } from "@/lib/domain/time-buckets";
import type { Filter } from "@/lib/filters/schema";
import { statsRange, type StatsRequest } from "@/lib/filters/stats-schema";

export { statsRange };
import { rawCount } from "./count";
import type { Db } from "./db";
import { planFreeText } from "./free-text";
import { rollupStatsCounts, statsCoveredByRollups } from "./stats-rollup";
import { BREAKDOWN_COLUMNS, rawStatsCounts, type BreakdownDim, type GroupCount } from "./stats-raw";

/** A breakdown from its (key, status) groups: the label of a key is the one of its first status. */
function toBreakdown(groups: GroupCount[]): BreakdownRow[] {
  const sorted = [...groups].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : a.status < b.status ? -1 : a.status > b.status ? 1 : 0,
  );
  const byKey = new Map<string, BreakdownRow>();
  for (const g of sorted) {
    const entry = byKey.get(g.key) ?? { key: g.key, label: g.label || g.key, count: 0, byStatus: {} };
    entry.count += g.n;
    entry.byStatus[g.status as keyof StatusCounts] = g.n;
    byKey.set(g.key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * Time series by status (or another dimension), totals, breakdowns and throughput for one tenant.
 * Filters on status and the received range are read from the rollups; others from the rows. The
 * answer's `asOf` is the instant counted at (absent before the tenant's first ingest batch).
 */
export async function transactionStats(
  db: Db,
  tenantId: string,
  request: StatsRequest,
  now = clockNow(),
): Promise<StatsResult> {
  const { from, to } = statsRange(request, now);
  const filter: Filter = {
    ...request.filter,
    receivedFrom: new Date(from).toISOString(),
    receivedTo: new Date(to).toISOString(),
  };
  const plan = await planFreeText(db, tenantId, filter.q);
  // The instant counted at: the caller's, or the tenant's mark (store/ingest.ts). Counting the rows
  // first stored at or before it (filter asOf) gives these numbers again, however late events arrive.
  let mark = request.filter.asOf === undefined ? await snapshotOf(db, tenantId) : Date.parse(request.filter.asOf);
  let counts: Awaited<ReturnType<typeof rawStatsCounts>> | undefined;
  if (statsCoveredByRollups(request.filter) && mark !== null) {
    // The rollups hold every committed batch: they are as of the mark when no batch committed
    // while they were read (each one moves the mark). Under a stream of batches, a few tries; then
    // the rows, filtered as of the last mark read.
    for (let attempt = 0; attempt < 3 && !counts; attempt++) {
      const read = await rollupStatsCounts(db, tenantId, filter, request.groupBy, from, to, now);
      const after = await snapshotOf(db, tenantId);
      if (after === mark) counts = read;
      else mark = after;
    }
  } else if (statsCoveredByRollups(request.filter))
    counts = await rollupStatsCounts(db, tenantId, filter, request.groupBy, from, to, now);
  const asOf = mark === null ? undefined : new Date(mark).toISOString();
  if (asOf) filter.asOf = asOf;
  counts ??= await rawStatsCounts(db, tenantId, filter, request.groupBy, now, plan);

  const series = timeBuckets(from, to, request.bucket, request.timeZone).map((b) => {
    const bucketCounts: Record<string, number> = {};
    for (const h of b.hours)
      for (const [k, n] of Object.entries(counts.hours.get(h) ?? {})) bucketCounts[k] = (bucketCounts[k] ?? 0) + n;
    return {
      start: new Date(b.start).toISOString(),
      end: new Date(b.end).toISOString(),
      counts: bucketCounts,
      total: Object.values(bucketCounts).reduce((a, n) => a + n, 0),
    };
  });
  const breakdowns = Object.fromEntries(
    (Object.keys(BREAKDOWN_COLUMNS) as BreakdownDim[]).map((dim) => [dim, toBreakdown(counts.groups[dim])]),
  ) as Record<BreakdownDim, BreakdownRow[]>;
  const byStatus: StatusCounts = {};
  for (const s of STATUSES) byStatus[s] = counts.byStatus[s] ?? 0;

  return {
    bucket: request.bucket,
    groupBy: request.groupBy,
    timeZone: request.timeZone,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    series,
    totals: {
      total: series.reduce((a, b) => a + b.total, 0),
      overdue: await rawCount(db, tenantId, { ...filter, overdue: true }, now, plan),
      byStatus,
    },
    breakdowns: { ...breakdowns, partner: breakdowns.partner.slice(0, 10) },
    throughput: counts.throughput,
    ...(asOf ? { asOf } : {}),
  };
}

/** The tenant's snapshot mark (the instant of its last committed ingest batch), or null before its first. */
async function snapshotOf(db: Db, tenantId: string): Promise<number | null> {
  const row = await db
    .selectFrom("ingest_marks")
    .select("snapshot_at")
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  return row ? Number(row.snapshot_at) : null;
}
