/** A half-open [from, to) range of ms; null is an open end. */
export type Range = [from: number | null, to: number | null];

/** How a received range is answered: whole rollup periods (each with its length), the rest from rows. */
export interface RangeParts {
  rollups: [span: number, range: Range][];
  raw: [number, number][];
}

/** The start of the period of length `span` (counted from the epoch) that holds `t`. */
export const floorTo = (t: number, span: number) => t - (((t % span) + span) % span);
const ceilTo = (t: number, span: number) => (floorTo(t, span) === t ? t : floorTo(t, span) + span);

/** [lo, hi), aligned to the last (shortest) span, as whole periods: the longest in the middle, shorter ones at the ends. */
function wholePeriods(lo: number | null, hi: number | null, spans: readonly number[]): [number, Range][] {
  const [span, ...shorter] = spans;
  if (shorter.length === 0) return lo !== null && lo === hi ? [] : [[span, [lo, hi]]];
  const a = lo === null ? null : ceilTo(lo, span);
  const b = hi === null ? null : floorTo(hi, span);
  if (a !== null && b !== null && a >= b) return wholePeriods(lo, hi, shorter);
  return [
    [span, [a, b]],
    ...(lo !== null && lo < a! ? wholePeriods(lo, a, shorter) : []),
    ...(hi !== null && b! < hi ? wholePeriods(b, hi, shorter) : []),
  ];
}

/**
 * Splits [from, to) into whole periods of the given spans (longest first, each a multiple of the
 * next), as long as possible, and the partial periods of the shortest span at either end, so that a
 * count over the range is the rollups' periods plus a count over few raw rows.
 */
export function splitRange(from: number | null, to: number | null, spans: readonly number[]): RangeParts {
  if (from !== null && to !== null && from >= to) return { rollups: [], raw: [] };
  const shortest = spans.at(-1)!;
  const lo = from === null ? null : ceilTo(from, shortest);
  const hi = to === null ? null : floorTo(to, shortest);
  if (lo !== null && hi !== null && lo >= hi) return { rollups: [], raw: [[from!, to!]] };
  const raw: [number, number][] = [];
  if (from !== null && from < lo!) raw.push([from, lo!]);
  if (to !== null && hi! < to) raw.push([hi!, to]);
  return { rollups: wholePeriods(lo, hi, spans), raw };
}
