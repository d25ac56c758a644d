"use client";

import type { Channel, Status } from "@/lib/domain/enums";
import type { BreakdownRow } from "@/lib/domain/stats";
import { CHANNEL_LABEL } from "@/lib/domain/labels";
import { useOverviewState, useStatsQuery } from "@/lib/queries/stats";
import { BreakdownPlot } from "./plots";
import { breakdownSummary } from "./breakdown-card";
import { BreakdownTable } from "./breakdown-table";
import { ChartCard, chartState } from "./chart-card";
import { allowedStatuses, shownStatuses, useListLinks } from "./chart-links";
import { EInvoiceRate, eInvoiceSplit } from "./einvoice-rate";

const SIDES = [
  { key: "outChannel", title: "Delivered via (out channel)" },
  { key: "inChannel", title: "Received via (in channel)" },
] as const;

const labelOf = (row: BreakdownRow) => CHANNEL_LABEL[row.key as Channel] ?? row.label;

/** Volume by out and in channel, stacked by status, with the e-invoice rate of delivered documents. */
export function ChannelChart() {
  const query = useStatsQuery();
  const { search } = useOverviewState();
  const linkTo = useListLinks();
  const stats = query.data;
  const statuses = shownStatuses(search);
  const rowsOf = (side: (typeof SIDES)[number]["key"]) => stats?.breakdowns[side] ?? [];
  const hrefFor = (side: (typeof SIDES)[number]["key"]) => (row: BreakdownRow, status?: Status) =>
    linkTo(status ? { [side]: [row.key], status: [status] } : { [side]: [row.key] });
  const delivered = allowedStatuses(search, ["delivered"]);
  const split = eInvoiceSplit(rowsOf("outChannel"));

  const sections = (render: (side: (typeof SIDES)[number], rows: BreakdownRow[]) => React.ReactNode) =>
    SIDES.map((side) => (
      <div key={side.key} className="mt-3 first:mt-0">
        <h3 className="mb-1 text-xs font-medium text-[var(--muted)]">{side.title}</h3>
        {render(side, rowsOf(side.key))}
      </div>
    ));

  return (
    <ChartCard
      id="channel"
      title="Volume by channel"
      description="Transactions by the channel they arrived and left by, and the e-invoice rate."
      summary={
        stats
          ? `Out channels: ${breakdownSummary(rowsOf("outChannel"), labelOf)} In channels: ${breakdownSummary(rowsOf("inChannel"), labelOf)}`
          : undefined
      }
      state={chartState(query, !stats?.totals.total)}
      stale={query.isPlaceholderData}
      extra={
        <EInvoiceRate
          split={split}
          hrefFor={(channels) => (delivered ? linkTo({ outChannel: channels, status: delivered }) : null)}
        />
      }
      table={() =>
        sections((side, rows) => (
          <BreakdownTable
            caption={side.title}
            rowHeader="Channel"
            rows={rows}
            labelOf={labelOf}
            hrefFor={hrefFor(side.key)}
            statuses={statuses.filter((s) => rows.some((r) => r.byStatus[s]))}
          />
        ))
      }
    >
      {() =>
        sections((side, rows) => (
          <BreakdownPlot rows={rows} statuses={statuses} labelOf={labelOf} hrefFor={hrefFor(side.key)} />
        ))
      }
    </ChartCard>
  );
}
