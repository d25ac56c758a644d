import { parseAsArrayOf, parseAsStringLiteral } from "nuqs/server";
import { STATS_BUCKETS } from "@/lib/domain/enums";
import type { ViewParam } from "./view-params";

/** The overview's charts, by the id they have in the `tables` URL parameter. */
export const CHART_IDS = ["time", "status", "type", "channel", "partner", "error", "throughput"] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** `live=off` stops live updates (overview and list); on is the default, so it has no value. */
export const LIVE_VALUES = ["off"] as const;

/** `compare=previous` shows the period of the same length just before the range beside its numbers. */
export const COMPARE_VALUES = ["previous"] as const;

/** The overview's view parameters and the values each allows; any other value is reported as a bad link. */
export const OVERVIEW_VIEW_PARAMS = {
  bucket: { values: STATS_BUCKETS },
  live: { values: LIVE_VALUES },
  compare: { values: COMPARE_VALUES },
  tables: { values: CHART_IDS, list: true },
} as const satisfies Record<string, ViewParam>;

/**
 * UI-only URL state of the overview (shared in links, never sent to the BFF as a filter):
 * `bucket=hour|day` when the range allows both, `live=off` to stop live updates, `compare=previous`
 * to compare with the period before, and `tables=time,type` for the charts shown as tables. Defaults are left out of the URL.
 */
export const overviewParsers = {
  bucket: parseAsStringLiteral(STATS_BUCKETS),
  live: parseAsStringLiteral(LIVE_VALUES),
  compare: parseAsStringLiteral(COMPARE_VALUES),
  tables: parseAsArrayOf(parseAsStringLiteral(CHART_IDS), ",").withDefault([]),
};
