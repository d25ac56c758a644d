"use client";

import { DataLink } from "./data-link";
import type { BreakdownRow } from "@/lib/domain/stats";
import { STATUS_STYLE } from "@/lib/domain/status-style";
import { useOverviewState, useStatsQuery } from "@/lib/queries/stats";
import { BreakdownPlot } from "./plots";
import { BreakdownTable } from "./breakdown-table";
import { ChartCard, chartState } from "./chart-card";
import { shownStatuses, useListLinks } from "./chart-links";
import { formatCount, formatShare } from "./format";

/** How many transactions are in each status now, and how many are overdue. */
export function StatusBreakdownChart() {
  const query = useStatsQuery();
  const { search } = useOverviewState();
  const linkTo = useListLinks();
  const stats = query.data;
  const statuses = shownStatuses(search);
  const rows: BreakdownRow[] = statuses.map((s) => {
    const count = stats?.totals.byStatus[s] ?? 0;
    return { key: s, label: STATUS_STYLE[s].label, count, byStatus: { [s]: count } };
  });
  const total = stats?.totals.total ?? 0;
  const overdue = stats?.totals.overdue ?? 0;
  const hrefFor = (row: BreakdownRow) => linkTo({ status: [row.key] });

  return (
    <ChartCard
      id="status"
      title="Status breakdown"
      description="Where the transactions received in this range are now."
      summary={
        rows.map((r) => `${r.label} ${formatCount(r.count)} (${formatShare(r.count, total)})`).join(", ") +
        `; ${formatCount(overdue)} overdue.`
      }
      state={chartState(query, total === 0)}
      stale={query.isPlaceholderData}
      extra={
        <p className="text-xs text-[var(--muted)]">
          Past their SLA and not delivered:{" "}
          <DataLink
            href={linkTo({ overdue: "true" })}
            data-count={overdue}
            className="font-medium text-[var(--danger)] tabular-nums hover:underline focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
          >
            {formatCount(overdue)} overdue
          </DataLink>
        </p>
      }
      table={() => (
        <BreakdownTable
          caption="Transactions by status"
          rowHeader="Status"
          rows={rows}
          labelOf={(r) => r.label}
          hrefFor={(row, s) => (s ? null : hrefFor(row))}
          statuses={[]}
        />
      )}
    >
      {() => <BreakdownPlot rows={rows} statuses={statuses} labelOf={(r) => r.label} hrefFor={hrefFor} />}
    </ChartCard>
  );
}
