"use client";

import { Bar, BarChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { baselineAverage } from "@/lib/alerts/evaluate";
import type { Measured } from "@/lib/alerts/types";
import { AXIS_TICK, GRID_STROKE } from "@/components/charts/theme";

/**
 * Expected volume at the last evaluation: today's count so far next to the same time of day on the
 * last four same weekdays, with the baseline's average and the level below which the rule fires.
 */
export function VolumeChart({ measured, fraction }: { measured: Measured; fraction: number }) {
  const baseline = measured.baseline ?? [];
  const average = baselineAverage(baseline);
  const data = [
    { name: "Today", count: measured.value ?? 0 },
    ...baseline.map((count, i) => ({ name: `${i + 1} week${i ? "s" : ""} ago`, count })),
  ];
  return (
    <figure>
      <BarChart
        responsive
        data={data}
        style={{ width: "100%", height: 200 }}
        margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
        accessibilityLayer
      >
        <XAxis dataKey="name" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: GRID_STROKE }} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} width={40} />
        <Tooltip isAnimationActive={false} />
        <Bar dataKey="count" name="Transactions" fill="var(--accent)" isAnimationActive={false} />
        <ReferenceLine y={average} stroke="var(--muted)" strokeDasharray="4 3" label="average" />
        <ReferenceLine y={average * fraction} stroke="var(--status-error)" strokeDasharray="2 2" label="fires below" />
      </BarChart>
      <figcaption className="mt-1 text-xs text-[var(--muted)]">
        Today so far: {measured.value ?? 0}. Same time of day on the last {baseline.length} same weekdays:{" "}
        {baseline.join(", ") || "none"} (average {Math.round(average * 10) / 10}); the rule fires below{" "}
        {Math.round(average * fraction * 10) / 10}.
      </figcaption>
    </figure>
  );
}
