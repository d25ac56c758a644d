"use client";

import { lazy, Suspense, type ComponentType } from "react";
import type { BreakdownBarsProps } from "./breakdown-bars";
import type { StatusOverTimeBarsProps } from "./status-over-time-bars";
import { breakdownHeight, THROUGHPUT_CHART_HEIGHT, TIME_CHART_HEIGHT } from "./theme";
import type { ThroughputBarsProps } from "./throughput-bars";

// NOTE: the charts library is most of the overview's JavaScript. The drawings load on first use (and
// `preloadPlots` starts that as soon as the overview mounts), so the page's first load stays small.

/** Where a drawing will be while its code loads: the same size, so nothing moves when it arrives. */
function PlotSkeleton({ height }: { height: number }) {
  return (
    <div
      aria-hidden
      data-plot-skeleton=""
      className="animate-pulse rounded-md bg-[var(--foreground)]/[0.04]"
      style={{ height }}
    />
  );
}

function lazyPlot<P extends object>(load: () => Promise<ComponentType<P>>, heightOf: (props: P) => number) {
  const Drawing = lazy(async () => ({ default: await load() }));
  function Plot(props: P) {
    return (
      <Suspense fallback={<PlotSkeleton height={heightOf(props)} />}>
        <Drawing {...props} />
      </Suspense>
    );
  }
  return Object.assign(Plot, { preload: load });
}

/** A breakdown's stacked bars (breakdown-bars.tsx), loaded on first use. */
export const BreakdownPlot = lazyPlot<BreakdownBarsProps>(
  () => import("./breakdown-bars").then((m) => m.BreakdownBars),
  ({ rows }) => breakdownHeight(rows.length),
);
/** The status-over-time columns (status-over-time-bars.tsx), loaded on first use. */
export const StatusOverTimePlot = lazyPlot<StatusOverTimeBarsProps>(
  () => import("./status-over-time-bars").then((m) => m.StatusOverTimeBars),
  () => TIME_CHART_HEIGHT,
);
/** The throughput histogram (throughput-bars.tsx), loaded on first use. */
export const ThroughputPlot = lazyPlot<ThroughputBarsProps>(
  () => import("./throughput-bars").then((m) => m.ThroughputBars),
  () => THROUGHPUT_CHART_HEIGHT,
);

/** Starts loading every drawing, e.g. while the overview waits for its stats. */
export function preloadPlots() {
  // A failed preload is not an error yet: the chart's own load tries again and reports it.
  for (const plot of [BreakdownPlot, StatusOverTimePlot, ThroughputPlot]) plot.preload().catch(() => {});
}
