"use client";

import { BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { Status } from "@/lib/domain/enums";
import { ChartTooltip } from "./chart-tooltip";
import { RovingPoints } from "./roving-points";
import type { TimeRow } from "./status-over-time-chart";
import { StatusBars, type Segment } from "./status-bars";
import { AXIS_TICK, GRID_STROKE, TIME_CHART_HEIGHT, TOOLTIP_CURSOR } from "./theme";

export interface StatusOverTimeBarsProps {
  rows: TimeRow[];
  statuses: Status[];
  /** The link of one bucket's segment of one status. */
  segment: (row: TimeRow, status: Status) => Segment | null;
}

/** Columns per time bucket, stacked by status; every segment links to its rows. */
export function StatusOverTimeBars({ rows, statuses, segment }: StatusOverTimeBarsProps) {
  return (
    <RovingPoints axis="horizontal">
      <BarChart
        responsive
        data={rows}
        style={{ width: "100%", height: TIME_CHART_HEIGHT }}
        margin={{ top: 8, right: 8, bottom: 0, left: -8 }}
        accessibilityLayer
      >
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="tick" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: GRID_STROKE }} minTickGap={16} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} width={48} />
        <Tooltip
          cursor={TOOLTIP_CURSOR}
          content={(props) => (
            <ChartTooltip {...props} title={(props.payload?.[0]?.payload as TimeRow | undefined)?.full} />
          )}
        />
        <StatusBars rows={rows} statuses={statuses} segment={segment} />
      </BarChart>
    </RovingPoints>
  );
}
