"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import { STATUSES, type Status } from "@/lib/domain/enums";
import type { StatsResult } from "@/lib/domain/stats";
import { STATUS_STYLE } from "@/lib/domain/status-style";
import { useOverviewState, useStatsQuery } from "@/lib/queries/stats";
import { ChartCard, chartState } from "./chart-card";
import { shownStatuses, useListLinks } from "./chart-links";
import { ChartTooltip } from "./chart-tooltip";
import { CountTable } from "./count-table";
import { bucketLabels, formatCount } from "./format";
import { StatusLegend } from "./status-legend";
import { RovingPoints } from "./roving-points";
import { linkedBar } from "./svg-link";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_CURSOR } from "./theme";

const noun = (n: number) => `${formatCount(n)} ${n === 1 ? "transaction" : "transactions"}`;

type Row = ReturnType<typeof toRows>[number];
function toRows(stats: StatsResult, timeZone: string | undefined) {
  return stats.series.map((b, index) => ({ index, start: b.start, end: b.end, total: b.total, ...bucketLabels(b.start, b.end, stats.bucket, timeZone), ...b.counts }));
}

function summary(stats: StatsResult, rows: Row[]): string {
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
  const count = (row: Row, s: Status) => Number((row as Record<string, unknown>)[s] ?? 0);
  const segmentHref = (row: Row, s: Status) => linkTo({ status: [s] }, row);
  const label = (row: Row, s: Status) => `${STATUS_STYLE[s].label}, ${row.full}: ${noun(count(row, s))}`;

  return (
    <ChartCard
      id="time"
      title="Status over time"
      description={`Transactions received per ${stats?.bucket ?? "hour"}, by current status. Select a segment to list its transactions.`}
      summary={stats ? summary(stats, rows) : undefined}
      state={chartState(query, !stats?.totals.total)}
      stale={query.isPlaceholderData}
      extra={stats ? <StatusLegend statuses={statuses} counts={stats.totals.byStatus} hrefFor={(s) => linkTo({ status: [s] })} /> : null}
      table={() => (
        <CountTable
          caption="Transactions per time bucket and status"
          rowHeader={stats?.bucket === "day" ? "Day" : "Hour"}
          columns={[...statuses.map((s) => STATUS_STYLE[s].label), "Total"]}
          rows={rows.map((row) => ({
            key: row.start,
            label: row.full,
            cells: [...statuses.map((s) => ({ count: count(row, s), href: segmentHref(row, s), label: label(row, s) })), { count: row.total, href: linkTo({}, row), label: `${row.full}: ${noun(row.total)}` }],
          }))}
        />
      )}
    >
      {() => (
        <RovingPoints axis="horizontal">
          <BarChart responsive data={rows} style={{ width: "100%", height: 300 }} margin={{ top: 8, right: 8, bottom: 0, left: -8 }} accessibilityLayer>
            <CartesianGrid vertical={false} stroke={GRID_STROKE} />
            <XAxis dataKey="tick" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: GRID_STROKE }} minTickGap={16} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} width={48} />
            <Tooltip cursor={TOOLTIP_CURSOR} content={(props) => <ChartTooltip {...props} title={(props.payload?.[0]?.payload as Row | undefined)?.full} />} />
            {statuses.map((s) => (
              <Bar
                key={s}
                dataKey={s}
                name={STATUS_STYLE[s].label}
                stackId="status"
                fill={STATUS_STYLE[s].color}
                isAnimationActive={false}
                shape={linkedBar((i) => {
                  const row = rows[i];
                  const n = count(row, s);
                  return n > 0 ? { href: segmentHref(row, s), label: label(row, s), count: n, col: i, row: STATUSES.indexOf(s), data: { "data-status": s, "data-start": row.start } } : null;
                })}
              />
            ))}
          </BarChart>
        </RovingPoints>
      )}
    </ChartCard>
  );
}
