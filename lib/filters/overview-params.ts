import { parseAsArrayOf, parseAsStringLiteral } from "nuqs/server";
import { STATS_BUCKETS } from "@/lib/domain/enums";

/** The overview's charts, by the id they have in the `tables` URL parameter. */
export const CHART_IDS = ["time", "status", "type", "channel", "partner", "error", "throughput"] as const;
export type ChartId = (typeof CHART_IDS)[number];

/**
 * UI-only URL state of the overview (shared in links, never sent to the BFF as a filter):
 * `bucket=hour|day` when the range allows both, `live=off` to stop live updates, and
 * `tables=time,type` for the charts shown as tables. Defaults are left out of the URL.
 */
export const overviewParsers = {
  bucket: parseAsStringLiteral(STATS_BUCKETS),
  live: parseAsStringLiteral(["off"] as const),
  tables: parseAsArrayOf(parseAsStringLiteral(CHART_IDS), ",").withDefault([]),
};
