/** Shared look of the charts' axes and grid, from the app's CSS variables (light and dark). */
export const AXIS_TICK = { fill: "var(--muted)", fontSize: 12 };
export const GRID_STROKE = "var(--border)";
export const TOOLTIP_CURSOR = { fill: "var(--foreground)", fillOpacity: 0.05 };

/** Heights of the drawings in px; their loading skeletons take the same, so nothing moves when they arrive. */
export const TIME_CHART_HEIGHT = 300;
export const THROUGHPUT_CHART_HEIGHT = 240;
/** A breakdown's height: one band per row plus the axis. */
export const breakdownHeight = (rows: number) => rows * 30 + 28;
/** The previous period's faint dashed series. */
export const PREVIOUS_STROKE = "var(--muted)";
