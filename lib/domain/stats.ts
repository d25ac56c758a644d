import { z } from "zod";
import { STATS_BUCKETS, STATS_GROUP_BY, STATUSES } from "./enums";
import { DAY_MS, HOUR_MS } from "./time-buckets";

// The stats answer's shape: its zod schema checks a remote Track API's answers; the types feed the code.

const time = z.string().describe("ISO 8601 date-time in UTC");
const count = z.number().int().min(0);

export const statusCountsResponse = z.partialRecord(z.enum(STATUSES), count);
export type StatusCounts = z.infer<typeof statusCountsResponse>;

export const statsBucketRowResponse = z.object({
  start: time,
  end: time,
  /** Count per value of the `groupBy` dimension. */
  counts: z.record(z.string(), count),
  total: count,
});
export type StatsBucketRow = z.infer<typeof statsBucketRowResponse>;

export const breakdownRowResponse = z.object({
  key: z.string(),
  label: z.string(),
  count,
  byStatus: statusCountsResponse,
});
export type BreakdownRow = z.infer<typeof breakdownRowResponse>;

/** Answer of `POST /track/api/transactions/stats`. */
export const statsResponse = z.object({
  bucket: z.enum(STATS_BUCKETS),
  groupBy: z.enum(STATS_GROUP_BY),
  timeZone: z.string(),
  from: time,
  to: time,
  series: z.array(statsBucketRowResponse),
  totals: z.object({ total: count, overdue: count, byStatus: statusCountsResponse }),
  breakdowns: z.object({
    documentType: z.array(breakdownRowResponse),
    inChannel: z.array(breakdownRowResponse),
    outChannel: z.array(breakdownRowResponse),
    partner: z.array(breakdownRowResponse),
    errorType: z.array(breakdownRowResponse),
  }),
  throughput: z.object({
    delivered: count,
    medianMs: z.number().nullable(),
    p90Ms: z.number().nullable(),
    histogram: z.array(z.object({ upToMs: z.number().nullable(), count })),
  }),
  /**
   * The instant the numbers were counted at: a search with `filter.asOf` set to it finds exactly the
   * transactions counted (those stored later are left out). Absent from an upstream that does not say.
   */
  asOf: time.optional(),
});
export type StatsResult = z.infer<typeof statsResponse>;

/** How the BFF computed an overview from searches, for a Track API without a stats endpoint. */
export interface ComputedFrom {
  /** Searches the numbers took. */
  searches: number;
  /** The newest transactions the breakdowns and delivery times were counted from, of how many. */
  sample: { rows: number; of: number };
}

/** The BFF's overview answer: the upstream's stats, or the same numbers computed from searches. */
export type StatsView = StatsResult & { computed?: ComputedFrom };

/** Edges of the stats throughput histogram (ms): "up to 1 min", "up to 5 min", …; a last bin holds the rest. */
export const HISTOGRAM_EDGES_MS = [
  60_000,
  300_000,
  900_000,
  1_800_000,
  HOUR_MS,
  2 * HOUR_MS,
  4 * HOUR_MS,
  8 * HOUR_MS,
  DAY_MS,
];
