import { z } from "zod";
import { STATS_BUCKETS, STATS_GROUP_BY, STATUSES } from "./enums";

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
});
export type StatsResult = z.infer<typeof statsResponse>;
