// Time navigation on the overview: zooming into a span of a chart's buckets, and the period before a range.
// Browser code too: no validator here (see url-codec.ts).

/** A span of time as ISO instants, `end` exclusive (as a stats bucket and the `to` parameter are). */
export interface InstantSpan {
  start: string;
  end: string;
}

/** The URL range of a zoom into buckets `a`…`b` (in either order): from the first one's start to the last one's end. */
export function zoomRange(buckets: readonly InstantSpan[], a: number, b: number): { from: string; to: string } | null {
  const first = buckets[Math.min(a, b)];
  const last = buckets[Math.max(a, b)];
  return first && last ? { from: first.start, to: last.end } : null;
}

/**
 * The bucket under a pointer at `x` (px from the drawing's left edge) when `count` buckets share the
 * plot area's width equally (a category axis without padding); clamped to the first and last bucket.
 */
export function bucketAt(x: number, plot: { x: number; width: number }, count: number): number {
  if (count <= 0 || plot.width <= 0) return 0;
  const index = Math.floor(((x - plot.x) / plot.width) * count);
  return Math.min(count - 1, Math.max(0, index));
}

/** True when the URL's range is a zoom: both ends given as instants (a date-only from/to is a custom range). */
export const isZoomed = ({ from, to }: { from: string | null; to: string | null }) =>
  !!from && !!to && from.includes("T") && to.includes("T");

/**
 * The period of the same length immediately before a range (a time span, not calendar days: "today"
 * up to now compares with as many hours before midnight, also across a daylight-saving change);
 * null when the range is empty or its ends are not instants.
 */
export function previousPeriod(range: { from: string; to: string }): { from: string; to: string } | null {
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return null;
  return { from: new Date(from - (to - from)).toISOString(), to: new Date(from).toISOString() };
}
