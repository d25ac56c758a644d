import type { StatsBucket, StatsGroupBy, Status } from "./enums";

export type StatusCounts = Partial<Record<Status, number>>;

export interface StatsBucketRow {
  start: string;
  end: string;
  /** Count per value of the `groupBy` dimension. */
  counts: Record<string, number>;
  total: number;
}

export interface BreakdownRow {
  key: string;
  label: string;
  count: number;
  byStatus: StatusCounts;
}

/** Answer of `POST /track/api/transactions/stats`. */
export interface StatsResult {
  bucket: StatsBucket;
  groupBy: StatsGroupBy;
  timeZone: string;
  from: string;
  to: string;
  series: StatsBucketRow[];
  totals: { total: number; overdue: number; byStatus: StatusCounts };
  breakdowns: {
    documentType: BreakdownRow[];
    inChannel: BreakdownRow[];
    outChannel: BreakdownRow[];
    partner: BreakdownRow[];
    errorType: BreakdownRow[];
  };
  throughput: {
    delivered: number;
    medianMs: number | null;
    p90Ms: number | null;
    histogram: { upToMs: number | null; count: number }[];
  };
}
