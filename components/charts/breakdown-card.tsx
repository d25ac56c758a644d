"use client";

import type { ChartId } from "@/lib/filters/overview-params";
import type { Status } from "@/lib/domain/enums";
import type { BreakdownRow, StatsResult } from "@/lib/domain/stats";
import { useOverviewState, useStatsQuery } from "@/lib/queries/stats";
import { BreakdownPlot } from "./plots";
import { BreakdownTable } from "./breakdown-table";
import { ChartCard, chartState } from "./chart-card";
import { shownStatuses, useListLinks, type ListPatch } from "./chart-links";
import { formatCount } from "./format";

export interface BreakdownCardProps {
  id: ChartId;
  title: string;
  description: string;
  /** Header of the table's first column ("Document type"). */
  rowHeader: string;
  rows: (stats: StatsResult) => BreakdownRow[];
  /** The list filter of one row (`{ documentType: [key] }`). */
  patchFor: (row: BreakdownRow) => ListPatch;
  labelOf?: (row: BreakdownRow) => string;
  emptyMessage?: string;
}

/** Words for screen readers: the top rows and their counts. */
export function breakdownSummary(rows: BreakdownRow[], labelOf: (row: BreakdownRow) => string): string {
  const total = rows.reduce((a, r) => a + r.count, 0);
  const top = rows.slice(0, 5).map((r) => `${labelOf(r)} ${formatCount(r.count)}`);
  return `${top.join(", ")}${rows.length > 5 ? `, and ${rows.length - 5} more` : ""}; ${formatCount(total)} in all.`;
}

/** A breakdown of the stats by one dimension: stacked bars by status, or a table of links. */
export function BreakdownCard({
  id,
  title,
  description,
  rowHeader,
  rows: pick,
  patchFor,
  labelOf = (row) => row.label,
  emptyMessage,
}: BreakdownCardProps) {
  const query = useStatsQuery();
  const { search } = useOverviewState();
  const linkTo = useListLinks();
  const rows = query.data ? pick(query.data) : [];
  const statuses = shownStatuses(search);
  const present = statuses.filter((s) => rows.some((r) => r.byStatus[s]));
  const hrefFor = (row: BreakdownRow, status?: Status) =>
    linkTo(status ? { ...patchFor(row), status: [status] } : patchFor(row));
  return (
    <ChartCard
      id={id}
      title={title}
      description={description}
      summary={rows.length ? breakdownSummary(rows, labelOf) : undefined}
      state={chartState(query, rows.length === 0)}
      stale={query.isPlaceholderData}
      emptyMessage={emptyMessage}
      table={() => (
        <BreakdownTable
          caption={title}
          rowHeader={rowHeader}
          rows={rows}
          labelOf={labelOf}
          hrefFor={hrefFor}
          statuses={present}
        />
      )}
    >
      {() => <BreakdownPlot rows={rows} statuses={statuses} labelOf={labelOf} hrefFor={hrefFor} />}
    </ChartCard>
  );
}
