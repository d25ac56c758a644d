import { sql } from "kysely";
import { STATUSES, type StatsGroupBy } from "@/lib/domain/enums";
import type { BreakdownRow, StatsResult, StatusCounts } from "@/lib/domain/stats";
import { DAY_MS, HOUR_MS, startOfLocalDay, timeBuckets } from "@/lib/domain/time-buckets";
import type { Filter } from "@/lib/filters/schema";
import type { StatsRequest } from "@/lib/filters/stats-schema";
import type { Db } from "./db";
import { whereFilter } from "./filter-sql";

const GROUP_COLUMNS: Record<StatsGroupBy, string> = {
  status: "status",
  documentType: "document_type",
  direction: "direction",
  inChannel: "in_channel",
  outChannel: "out_channel",
  errorType: "error_type",
};

const HISTOGRAM_EDGES_MS = [60_000, 300_000, 900_000, 1_800_000, HOUR_MS, 2 * HOUR_MS, 4 * HOUR_MS, 8 * HOUR_MS, DAY_MS];

/** The [from, to) range a stats request covers: the filter's received range, or a default. */
export function statsRange(request: StatsRequest, now: number): { from: number; to: number } {
  const to = request.filter.receivedTo ? Date.parse(request.filter.receivedTo) : now;
  if (request.filter.receivedFrom) return { from: Date.parse(request.filter.receivedFrom), to };
  if (request.bucket === "hour") return { from: Math.floor((to - DAY_MS) / HOUR_MS) * HOUR_MS + HOUR_MS, to };
  return { from: startOfLocalDay(to - 29 * DAY_MS, request.timeZone), to };
}

/** Time series by status (or another dimension), totals, breakdowns and throughput for one tenant. */
export async function transactionStats(db: Db, tenantId: string, request: StatsRequest, now = Date.now()): Promise<StatsResult> {
  const { from, to } = statsRange(request, now);
  const filter: Filter = { ...request.filter, receivedFrom: new Date(from).toISOString(), receivedTo: new Date(to).toISOString() };
  const base = () => db.selectFrom("transactions").where(whereFilter(tenantId, filter, now));
  const groupColumn = sql.raw(GROUP_COLUMNS[request.groupBy]);

  const byHour = await base()
    .select([sql<number>`received_at - (received_at % ${HOUR_MS})`.as("hour"), sql<string | null>`${groupColumn}`.as("grp"), (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy([sql`received_at - (received_at % ${HOUR_MS})`, groupColumn])
    .execute();
  const hourCounts = new Map<number, Record<string, number>>();
  for (const row of byHour) {
    const counts = hourCounts.get(Number(row.hour)) ?? {};
    counts[row.grp ?? "none"] = (counts[row.grp ?? "none"] ?? 0) + Number(row.n);
    hourCounts.set(Number(row.hour), counts);
  }
  const series = timeBuckets(from, to, request.bucket, request.timeZone).map((b) => {
    const counts: Record<string, number> = {};
    for (const h of b.hours) for (const [k, n] of Object.entries(hourCounts.get(h) ?? {})) counts[k] = (counts[k] ?? 0) + n;
    return { start: new Date(b.start).toISOString(), end: new Date(b.end).toISOString(), counts, total: Object.values(counts).reduce((a, n) => a + n, 0) };
  });

  const breakdown = async (column: string, labelColumn = column): Promise<BreakdownRow[]> => {
    const rows = await base()
      .select([sql<string | null>`${sql.raw(column)}`.as("k"), sql<string | null>`max(${sql.raw(labelColumn)})`.as("label"), "status", (eb) => eb.fn.countAll<number>().as("n")])
      .where(sql.raw(column), "is not", null)
      .groupBy([sql.raw(column), "status"])
      .execute();
    const byKey = new Map<string, BreakdownRow>();
    for (const r of rows) {
      const key = String(r.k);
      const entry = byKey.get(key) ?? { key, label: r.label ?? key, count: 0, byStatus: {} };
      entry.count += Number(r.n);
      entry.byStatus[r.status as keyof StatusCounts] = Number(r.n);
      byKey.set(key, entry);
    }
    return [...byKey.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  };

  const [documentType, inChannel, outChannel, partner, errorType] = await Promise.all([
    breakdown("document_type"),
    breakdown("in_channel"),
    breakdown("out_channel"),
    breakdown("partner_id", "partner_name"),
    breakdown("error_type"),
  ]);

  const statusRows = await base().select(["status", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("status").execute();
  const byStatus: StatusCounts = {};
  for (const s of STATUSES) byStatus[s] = 0;
  for (const r of statusRows) byStatus[r.status as keyof StatusCounts] = Number(r.n);
  const overdue = await db
    .selectFrom("transactions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where(whereFilter(tenantId, { ...filter, overdue: true }, now))
    .executeTakeFirstOrThrow();

  return {
    bucket: request.bucket,
    groupBy: request.groupBy,
    timeZone: request.timeZone,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    series,
    totals: { total: series.reduce((a, b) => a + b.total, 0), overdue: Number(overdue.n), byStatus },
    breakdowns: { documentType, inChannel, outChannel, partner: partner.slice(0, 10), errorType },
    throughput: await throughput(db, tenantId, filter, now),
  };
}

async function throughput(db: Db, tenantId: string, filter: Filter, now: number): Promise<StatsResult["throughput"]> {
  const duration = sql<number>`delivered_at - received_at`;
  const delivered = () => db.selectFrom("transactions").where(whereFilter(tenantId, filter, now)).where("delivered_at", "is not", null);
  const cases = HISTOGRAM_EDGES_MS.map((edge, i) =>
    sql<number>`sum(case when ${duration} <= ${edge} ${i > 0 ? sql`and ${duration} > ${HISTOGRAM_EDGES_MS[i - 1]}` : sql``} then 1 else 0 end)`.as(`b${i}`),
  );
  const row = await delivered()
    .select([(eb) => eb.fn.countAll<number>().as("n"), ...cases, sql<number>`sum(case when ${duration} > ${DAY_MS} then 1 else 0 end)`.as("over")])
    .executeTakeFirstOrThrow();
  const count = Number(row.n);
  const at = async (q: number) => {
    if (count === 0) return null;
    const r = await delivered().select(duration.as("d")).orderBy(duration).limit(1).offset(Math.min(count - 1, Math.floor(q * count))).executeTakeFirst();
    return r ? Number(r.d) : null;
  };
  const record = row as unknown as Record<string, number | null>;
  return {
    delivered: count,
    medianMs: await at(0.5),
    p90Ms: await at(0.9),
    histogram: [
      ...HISTOGRAM_EDGES_MS.map((edge, i) => ({ upToMs: edge, count: Number(record[`b${i}`] ?? 0) })),
      { upToMs: null, count: Number(row.over ?? 0) },
    ],
  };
}
