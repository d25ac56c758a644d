"use client";

import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatDuration } from "@/lib/domain/format-time";
import { ChartTooltip } from "./chart-tooltip";
import { AXIS_TICK, GRID_STROKE, THROUGHPUT_CHART_HEIGHT, TOOLTIP_CURSOR } from "./theme";
import type { Bin } from "./throughput-chart";

export interface ThroughputBarsProps {
  bins: Bin[];
  /** The SLA in ms, drawn as a line at its bin (when a bin ends there). */
  sla: number;
}

/** The throughput histogram with the SLA as a reference line. */
export function ThroughputBars({ bins, sla }: ThroughputBarsProps) {
  const slaBin = bins.find((b) => b.upToMs === sla);
  return (
    <BarChart
      responsive
      data={bins}
      style={{ width: "100%", height: THROUGHPUT_CHART_HEIGHT }}
      margin={{ top: 16, right: 8, bottom: 0, left: -8 }}
      accessibilityLayer
    >
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      <XAxis
        dataKey="tick"
        tick={AXIS_TICK}
        tickLine={false}
        axisLine={{ stroke: GRID_STROKE }}
        interval={0}
        angle={-30}
        textAnchor="end"
        height={48}
      />
      <YAxis allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} width={48} />
      <Tooltip
        cursor={TOOLTIP_CURSOR}
        content={(props) => <ChartTooltip {...props} title={(props.payload?.[0]?.payload as Bin | undefined)?.full} />}
      />
      <Bar dataKey="count" name="Delivered" fill="var(--status-delivered)" isAnimationActive={false} />
      {slaBin ? (
        <ReferenceLine
          x={slaBin.tick}
          position="end"
          stroke="var(--danger)"
          strokeDasharray="4 3"
          label={{
            value: `SLA ${formatDuration(sla)}`,
            position: "insideTopLeft",
            fill: "var(--danger)",
            fontSize: 11,
          }}
        />
      ) : null}
    </BarChart>
  );
}
