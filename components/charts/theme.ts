/** Shared look of the charts' axes and grid, from the app's CSS variables (light and dark). */
export const AXIS_TICK = { fill: "var(--muted)", fontSize: 12 };
export const GRID_STROKE = "var(--border)";
export const TOOLTIP_CURSOR = { fill: "var(--foreground)", fillOpacity: 0.05 };
