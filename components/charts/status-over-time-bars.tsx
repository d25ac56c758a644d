"use client";

import { ComposedChart, CartesianGrid, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { Status } from "@/lib/domain/enums";
import { ChartTooltip } from "./chart-tooltip";
import { RovingPoints } from "./roving-points";
import type { TimeRow } from "./status-over-time-chart";
import { StatusBars, type Segment } from "./status-bars";
import { AXIS_TICK, GRID_STROKE, PREVIOUS_STROKE, TIME_CHART_HEIGHT, TOOLTIP_CURSOR } from "./theme";
import { useZoomDrag, ZoomLayer } from "./zoom-drag";

export interface StatusOverTimeBarsProps {
  rows: TimeRow[];
  statuses: Status[];
  /** The link of one bucket's segment of one status. */
  segment: (row: TimeRow, status: Status) => Segment | null;
  /** Zooms into the buckets `a`…`b` (dragged across, or the focused one's with Z). */
  onZoom: (a: number, b: number) => void;
  /** Draws the rows' `previous` totals (the period before) as a dashed line. */
  previous?: boolean;
}

/** Columns per time bucket, stacked by status; every segment links to its rows; a drag across buckets zooms. */
export function StatusOverTimeBars({ rows, statuses, segment, onZoom, previous }: StatusOverTimeBarsProps) {
  const zoom = useZoomDrag(rows.length, onZoom);
  return (
    <div {...zoom.handlers} data-zoom-drag="" className="cursor-crosshair select-none">
      <RovingPoints axis="horizontal">
        <ComposedChart
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
          {previous ? (
            <Line
              dataKey="previous"
              name="Previous period"
              type="linear"
              stroke={PREVIOUS_STROKE}
              strokeWidth={1.5}
              strokeDasharray="5 4"
              dot={false}
              activeDot={false}
              connectNulls
              isAnimationActive={false}
            />
          ) : null}
          <ZoomLayer selection={zoom.selection} count={rows.length} plotRef={zoom.plotRef} />
        </ComposedChart>
      </RovingPoints>
    </div>
  );
}
