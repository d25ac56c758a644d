"use client";

import { BarChart, Tooltip, XAxis, YAxis } from "recharts";
import type { Status } from "@/lib/domain/enums";
import type { BreakdownRow } from "@/lib/domain/stats";
import { STATUS_STYLE } from "@/lib/domain/status-style";
import { CategoryTick } from "./category-tick";
import { ChartTooltip } from "./chart-tooltip";
import { formatCount } from "./format";
import { RovingPoints } from "./roving-points";
import { StatusBars } from "./status-bars";
import { AXIS_TICK, breakdownHeight, GRID_STROKE, TOOLTIP_CURSOR } from "./theme";

export interface BreakdownBarsProps {
  rows: BreakdownRow[];
  statuses: Status[];
  labelOf: (row: BreakdownRow) => string;
  /** The list of one row's transactions, narrowed to one status. */
  hrefFor: (row: BreakdownRow, status: Status) => string;
}

const noun = (n: number) => `${formatCount(n)} ${n === 1 ? "transaction" : "transactions"}`;

/** Horizontal bars, one per category, stacked by status; every segment links to its rows. */
export function BreakdownBars({ rows, statuses, labelOf, hrefFor }: BreakdownBarsProps) {
  const data = rows.map((row) => ({ ...row.byStatus, key: row.key, name: labelOf(row), count: row.count }));
  return (
    <RovingPoints axis="vertical">
      <BarChart
        responsive
        layout="vertical"
        data={data}
        style={{ width: "100%", height: breakdownHeight(rows.length) }}
        margin={{ top: 0, right: 12, bottom: 0, left: 0 }}
        barCategoryGap={6}
        accessibilityLayer
      >
        <XAxis
          type="number"
          allowDecimals={false}
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={{ stroke: GRID_STROKE }}
        />
        <YAxis type="category" dataKey="name" tick={<CategoryTick />} tickLine={false} axisLine={false} width={136} />
        <Tooltip
          cursor={TOOLTIP_CURSOR}
          content={(props) => (
            <ChartTooltip {...props} title={(props.payload?.[0]?.payload as { name?: string } | undefined)?.name} />
          )}
        />
        <StatusBars
          rows={rows}
          statuses={statuses}
          segment={(row, s) => {
            const n = row.byStatus[s] ?? 0;
            return n > 0
              ? {
                  href: hrefFor(row, s),
                  label: `${labelOf(row)}, ${STATUS_STYLE[s].label}: ${noun(n)}`,
                  count: n,
                  data: { "data-key": row.key },
                }
              : null;
          }}
        />
      </BarChart>
    </RovingPoints>
  );
}
