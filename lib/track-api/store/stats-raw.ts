import { sql } from "kysely";
import type { StatsGroupBy } from "@/lib/domain/enums";
import type { StatsResult } from "@/lib/domain/stats";
import { DAY_MS, HOUR_MS } from "@/lib/domain/time-buckets";
import type { Filter } from "@/lib/filters/schema";
import type { Db } from "./db";
import type { FreeTextPlan } from "./free-text";
import { FILTER_COLUMNS, GROUP_COLUMNS } from "./filter-columns";
import { whereFilter } from "./filter-sql";
import { HISTOGRAM_EDGES_MS } from "./rollup";

const own = <C extends string>(column: C) => [column, column] as const;
/** The breakdowns' [key column, label column] per dimension. */
export const BREAKDOWN_COLUMNS = {
  documentType: own(FILTER_COLUMNS.documentType),
  inChannel: own(FILTER_COLUMNS.inChannel),
  outChannel: own(FILTER_COLUMNS.outChannel),
  partner: ["partner_id", "partner_name"],
  errorType: own(FILTER_COLUMNS.errorType),
} as const;
export type BreakdownDim = keyof typeof BREAKDOWN_COLUMNS;

/** One (key, status) group of a breakdown, with the largest label seen for it. */
export interface GroupCount {
  key: string;
  label: string | null;
  status: string;
  n: number;
}

/** What a stats answer is assembled from (store/stats.ts), read from rows or from rollups. */
export interface StatsCounts {
  /** Per UTC hour start: count per value of the groupBy dimension ("none" for no value). */
  hours: Map<number, Record<string, number>>;
  groups: Record<BreakdownDim, GroupCount[]>;
  byStatus: Record<string, number>;
  throughput: StatsResult["throughput"];
}

/** Adds `n` to the count of `key` in one hour's counts. */
export function addHour(hours: StatsCounts["hours"], hour: number, key: string, n: number) {
  const counts = hours.get(hour) ?? {};
  counts[key] = (counts[key] ?? 0) + n;
  hours.set(hour, counts);
}

// NOTE: a literal, not a parameter: PostgreSQL only sees the grouped and the selected expression as
// the same when they are written the same, and two parameters are two different expressions.
const HOUR = sql.lit(HOUR_MS);

/** The stats counts read from the transactions themselves: any filter, cost grows with the range. */
export async function rawStatsCounts(
  db: Db,
  tenantId: string,
  filter: Filter,
  groupBy: StatsGroupBy,
  now: number,
  plan?: FreeTextPlan,
): Promise<StatsCounts> {
  const base = () => db.selectFrom("transactions").where(whereFilter(tenantId, filter, now, plan));
  const groupColumn = sql.raw(GROUP_COLUMNS[groupBy]);
  const byHour = await base()
    .select([
      sql<number>`received_at - (received_at % ${HOUR})`.as("hour"),
      sql<string | null>`${groupColumn}`.as("grp"),
      (eb) => eb.fn.countAll<number>().as("n"),
    ])
    .groupBy([sql`received_at - (received_at % ${HOUR})`, groupColumn])
    .execute();
  const hours: StatsCounts["hours"] = new Map();
  for (const row of byHour) addHour(hours, Number(row.hour), row.grp ?? "none", Number(row.n));

  const breakdown = async ([column, labelColumn]: readonly [string, string]): Promise<GroupCount[]> => {
    const rows = await base()
      .select([
        sql<string>`${sql.raw(column)}`.as("k"),
        sql<string | null>`max(${sql.raw(labelColumn)})`.as("label"),
        "status",
        (eb) => eb.fn.countAll<number>().as("n"),
      ])
      .where(sql.raw(column), "is not", null)
      .groupBy([sql.raw(column), "status"])
      .execute();
    return rows.map((r) => ({ key: String(r.k), label: r.label, status: r.status, n: Number(r.n) }));
  };
  const groups = {} as StatsCounts["groups"];
  for (const dim of Object.keys(BREAKDOWN_COLUMNS) as BreakdownDim[])
    groups[dim] = await breakdown(BREAKDOWN_COLUMNS[dim]);

  const statusRows = await base()
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("status")
    .execute();
  const byStatus = Object.fromEntries(statusRows.map((r) => [r.status, Number(r.n)]));
  return { hours, groups, byStatus, throughput: await rawThroughput(db, tenantId, filter, now, plan) };
}

async function rawThroughput(
  db: Db,
  tenantId: string,
  filter: Filter,
  now: number,
  plan?: FreeTextPlan,
): Promise<StatsResult["throughput"]> {
  const duration = sql<number>`delivered_at - received_at`;
  const delivered = () =>
    db
      .selectFrom("transactions")
      .where(whereFilter(tenantId, filter, now, plan))
      .where("delivered_at", "is not", null);
  const cases = HISTOGRAM_EDGES_MS.map((edge, i) =>
    sql<number>`sum(case when ${duration} <= ${edge} ${i > 0 ? sql`and ${duration} > ${HISTOGRAM_EDGES_MS[i - 1]}` : sql``} then 1 else 0 end)`.as(
      `b${i}`,
    ),
  );
  const row = await delivered()
    .select([
      (eb) => eb.fn.countAll<number>().as("n"),
      ...cases,
      sql<number>`sum(case when ${duration} > ${DAY_MS} then 1 else 0 end)`.as("over"),
    ])
    .executeTakeFirstOrThrow();
  const count = Number(row.n);
  const at = async (q: number) => {
    if (count === 0) return null;
    const r = await delivered()
      .select(duration.as("d"))
      .orderBy(duration)
      .limit(1)
      .offset(Math.min(count - 1, Math.floor(q * count)))
      .executeTakeFirst();
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
