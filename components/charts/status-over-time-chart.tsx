"use client";

import { useTimeZone } from "@/components/transactions/use-time-zone";
import type { Status } from "@/lib/domain/enums";
import type { StatsResult } from "@/lib/domain/stats";
import { STATUS_STYLE } from "@/lib/domain/status-style";
import { useOverviewState, useStatsQuery } from "@/lib/queries/stats";
import { ChartCard, chartState } from "./chart-card";
import { shownStatuses, useListLinks } from "./chart-links";
import { CountTable } from "./count-table";
import { bucketLabels, formatCount } from "./format";
import { StatusOverTimePlot } from "./plots";
import type { Segment } from "./status-bars";
import { StatusLegend } from "./status-legend";

const noun = (n: number) => `${formatCount(n)} ${n === 1 ? "transaction" : "transactions"}`;

/** One time bucket: its ticks and names, its total and a count per status. */
export type TimeRow = ReturnType<typeof toRows>[number];
function toRows(stats: StatsResult, timeZone: string | undefined) {
  return stats.series.map((b, index) => ({
    index,
    start: b.start,
    end: b.end,
    total: b.total,
    ...bucketLabels(b.start, b.end, stats.bucket, timeZone),
    ...b.counts,
  }));
}

function summary(stats: StatsResult, rows: TimeRow[]): string {
  const busiest = rows.reduce((a, b) => (b.total > a.total ? b : a), rows[0]);
  const errors = stats.totals.byStatus.error ?? 0;
  return `${noun(stats.totals.total)} by ${stats.bucket} over ${rows.length} ${stats.bucket}s; busiest ${busiest?.full ?? "–"} with ${formatCount(busiest?.total ?? 0)}; ${noun(errors)} in error.`;
}

/** The big chart: transactions per hour or day stacked by status; every segment links to its rows. */
export function StatusOverTimeChart() {
  const query = useStatsQuery();
  const { search } = useOverviewState();
  const linkTo = useListLinks();
  const timeZone = useTimeZone() ?? undefined;
  const stats = query.data;
  const rows = stats ? toRows(stats, timeZone) : [];
  const statuses = shownStatuses(search);
  const count = (row: TimeRow, s: Status) => Number((row as Record<string, unknown>)[s] ?? 0);
  const segmentHref = (row: TimeRow, s: Status) => linkTo({ status: [s] }, row);
  const label = (row: TimeRow, s: Status) => `${STATUS_STYLE[s].label}, ${row.full}: ${noun(count(row, s))}`;
  const segment = (row: TimeRow, s: Status): Segment | null => {
    const n = count(row, s);
    return n > 0
      ? { href: segmentHref(row, s), label: label(row, s), count: n, data: { "data-start": row.start } }
      : null;
  };

  return (
    <ChartCard
      id="time"
      title="Status over time"
      description={`Transactions received per ${stats?.bucket ?? "hour"}, by current status. Select a segment to list its transactions.`}
      summary={stats ? summary(stats, rows) : undefined}
      state={chartState(query, !stats?.totals.total)}
      stale={query.isPlaceholderData}
      extra={
        stats ? (
          <StatusLegend statuses={statuses} counts={stats.totals.byStatus} hrefFor={(s) => linkTo({ status: [s] })} />
        ) : null
      }
      table={() => (
        <CountTable
          caption="Transactions per time bucket and status"
          rowHeader={stats?.bucket === "day" ? "Day" : "Hour"}
          columns={[...statuses.map((s) => STATUS_STYLE[s].label), "Total"]}
          rows={rows.map((row) => ({
            key: row.start,
            label: row.full,
            cells: [
              ...statuses.map((s) => ({ count: count(row, s), href: segmentHref(row, s), label: label(row, s) })),
              { count: row.total, href: linkTo({}, row), label: `${row.full}: ${noun(row.total)}` },
            ],
          }))}
        />
      )}
    >
      {() => <StatusOverTimePlot rows={rows} statuses={statuses} segment={segment} />}
    </ChartCard>
  );
}
