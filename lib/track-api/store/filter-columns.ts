import { STATS_GROUP_BY, type StatsGroupBy } from "@/lib/domain/enums";
import type { FilterKey } from "@/lib/filters/fields";
import type { TransactionRow } from "./schema";

/**
 * The transactions column of each filter that compares one column with its values. The SQL clauses
 * (filter-sql.ts), counting (count.ts), the rollups (rollup.ts) and raw stats (stats-raw.ts) read it here.
 */
export const FILTER_COLUMNS = {
  status: "status",
  documentType: "document_type",
  direction: "direction",
  inChannel: "in_channel",
  outChannel: "out_channel",
  format: "format",
  serviceProfile: "service_profile",
  errorType: "error_type",
  businessStatus: "business_status",
} as const satisfies Partial<Record<FilterKey, keyof TransactionRow>>;
export type ColumnKey = keyof typeof FILTER_COLUMNS;

const pick = <K extends ColumnKey>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, FILTER_COLUMNS[k]])) as { [P in K]: (typeof FILTER_COLUMNS)[P] };

/**
 * The enumerated filters both rollups count, with their columns: rollup_dims' dimensions besides
 * status, and rollup_combos' columns (named as in transactions).
 */
export const ROLLUP_COLUMNS = pick([
  "documentType",
  "direction",
  "inChannel",
  "outChannel",
  "format",
  "errorType",
  "businessStatus",
]);
export type RollupKey = keyof typeof ROLLUP_COLUMNS;

/** The column of each stats `groupBy` dimension. */
export const GROUP_COLUMNS: Record<StatsGroupBy, string> = pick(STATS_GROUP_BY);
