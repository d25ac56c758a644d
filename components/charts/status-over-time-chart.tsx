"use client";

import { useFilters } from "@/components/filters/use-filters";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import type { Status } from "@/lib/domain/enums";
import type { StatsResult } from "@/lib/domain/stats";
import { STATUS_STYLE } from "@/lib/domain/status-style";
import { zoomRange } from "@/lib/filters/time-navigation";
import { useOverviewState, usePreviousStatsQuery, useStatsQuery } from "@/lib/queries/stats";
import { ChartCard, chartState } from "./chart-card";
import { shownStatuses, useListLinks } from "./chart-links";
import { CountTable } from "./count-table";
import { bucketLabels, formatCount } from "./format";
import { StatusOverTimePlot } from "./plots";
import { PreviousLegend } from "./previous-legend";
import type { Segment } from "./status-bars";
import { StatusLegend } from "./status-legend";
import { ZOOM_KEY } from "./zoom-drag";

const noun = (n: number) => `${formatCount(n)} ${n === 1 ? "transaction" : "transactions"}`;

/**
 * One time bucket: its ticks and names, its total and a count per status, and with a comparison the
 * total of the previous period's bucket at the same place (null where that period has none).
 */
export type TimeRow = ReturnType<typeof toRows>[number];
function toRows(stats: StatsResult, timeZone: string | undefined, previous: StatsResult | undefined) {
  return stats.series.map((b, index) => ({
    index,
    start: b.start,
    end: b.end,
    total: b.total,
    previous: previous?.series[index]?.total ?? null,
    ...bucketLabels(b.start, b.end, stats.bucket, timeZone),
    ...b.counts,
  }));
}

function summary(stats: StatsResult, rows: TimeRow[], previous: StatsResult | undefined): string {
  const busiest = rows.reduce((a, b) => (b.total > a.total ? b : a), rows[0]);
  const errors = stats.totals.byStatus.error ?? 0;
  const before = previous ? ` The previous period had ${noun(previous.totals.total)}.` : "";
  return `${noun(stats.totals.total)} by ${stats.bucket} over ${rows.length} ${stats.bucket}s; busiest ${busiest?.full ?? "–"} with ${formatCount(busiest?.total ?? 0)}; ${noun(errors)} in error.${before}`;
}

/**
 * The big chart: transactions per hour or day stacked by status; every segment links to its rows.
 * Dragging across buckets (or Z on a focused one) zooms the overview's range to them, as a new history
 * entry; with `compare=previous` the period before is a dashed line of totals.
 */
export function StatusOverTimeChart() {
  const query = useStatsQuery();
  const previousQuery = usePreviousStatsQuery();
  const previous = previousQuery?.query.data;
  const { search } = useOverviewState();
  const [, setFilters] = useFilters();
  const linkTo = useListLinks();
  const timeZone = useTimeZone() ?? undefined;
  const stats = query.data;
  const rows = stats ? toRows(stats, timeZone, previous) : [];
  const statuses = shownStatuses(search);
  const count = (row: TimeRow, s: Status) => Number((row as Record<string, unknown>)[s] ?? 0);
  const segmentHref = (row: TimeRow, s: Status) => linkTo({ status: [s] }, row);
  const label = (row: TimeRow, s: Status) => `${STATUS_STYLE[s].label}, ${row.full}: ${noun(count(row, s))}`;
  const segment = (row: TimeRow, s: Status): Segment | null => {
    const n = count(row, s);
    return n > 0
      ? {
          href: segmentHref(row, s),
          label: label(row, s),
          count: n,
          keyShortcuts: ZOOM_KEY,
          data: { "data-start": row.start, "data-end": row.end },
        }
      : null;
  };
  const zoom = (a: number, b: number) => {
    const range = zoomRange(rows, a, b);
    if (range) setFilters({ range: null, ...range });
  };

  return (
    <ChartCard
      id="time"
      title="Status over time"
      description={`Transactions received per ${stats?.bucket ?? "hour"}, by current status. Select a segment to list its transactions; drag across ${stats?.bucket ?? "hour"}s (or press Z on one) to zoom in.`}
      summary={stats ? summary(stats, rows, previous) : undefined}
      state={chartState(query, !stats?.totals.total && !previous?.totals.total)}
      stale={query.isPlaceholderData}
      extra={
        stats ? (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <StatusLegend statuses={statuses} counts={stats.totals.byStatus} hrefFor={(s) => linkTo({ status: [s] })} />
            {previousQuery ? <PreviousLegend previous={previousQuery} /> : null}
          </div>
        ) : null
      }
      table={() => (
        <CountTable
          caption="Transactions per time bucket and status"
          rowHeader={stats?.bucket === "day" ? "Day" : "Hour"}
          columns={[...statuses.map((s) => STATUS_STYLE[s].label), "Total", ...(previous ? ["Previous period"] : [])]}
          rows={rows.map((row) => ({
            key: row.start,
            label: row.full,
            cells: [
              ...statuses.map((s) => ({ count: count(row, s), href: segmentHref(row, s), label: label(row, s) })),
              { count: row.total, href: linkTo({}, row), label: `${row.full}: ${noun(row.total)}` },
              ...(previous ? [{ count: row.previous ?? 0, href: null }] : []),
            ],
          }))}
        />
      )}
    >
      {() => (
        <StatusOverTimePlot rows={rows} statuses={statuses} segment={segment} onZoom={zoom} previous={!!previous} />
      )}
    </ChartCard>
  );
}
