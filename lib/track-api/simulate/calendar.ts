const HOUR = 3_600_000;

// Last Sunday of a month at 01:00 UTC: when EU summer time starts (March) and ends (October).
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 24 * HOUR;
}

/** Helsinki's offset from UTC in hours at an instant: +3 in summer time, +2 otherwise. */
export function helsinkiOffsetHours(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAt1Utc(year, 2) && ms < lastSundayAt1Utc(year, 9) ? 3 : 2;
}

// Relative traffic by local hour: quiet nights, a morning peak, a lunch dip, tailing off after 17.
const BY_HOUR = [
  0.12, 0.08, 0.07, 0.07, 0.1, 0.18, 0.35, 0.7, 1.4, 1.9, 2.0, 1.85, 1.5, 1.8, 1.75, 1.55, 1.3, 0.9, 0.6, 0.45, 0.38,
  0.3, 0.22, 0.16,
];
// Sunday first, as Date#getUTCDay counts.
const BY_WEEKDAY = [0.15, 1.05, 1.0, 1.0, 1.0, 0.9, 0.22];

/** Relative traffic volume in the hour starting at `ms`, on Helsinki local time; month ends are busier. */
export function trafficWeight(ms: number): number {
  const local = new Date(ms + helsinkiOffsetHours(ms) * HOUR);
  const day = local.getUTCDate();
  const monthEnd = day >= 28 || day <= 2 ? 1.3 : 1;
  return BY_HOUR[local.getUTCHours()] * BY_WEEKDAY[local.getUTCDay()] * monthEnd;
}

/** `count` instants in [from, to], distributed by {@link trafficWeight} and sorted ascending. */
export function sampleInstants(next: () => number, count: number, from: number, to: number): number[] {
  const starts: number[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (let s = from; s < to; s += HOUR) {
    total += trafficWeight(s) * (Math.min(s + HOUR, to) - s);
    starts.push(s);
    cumulative.push(total);
  }
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const u = next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    const start = starts[lo];
    out[i] = Math.min(to, Math.floor(start + next() * (Math.min(start + HOUR, to) - start)));
  }
  return Array.from(out.sort());
}
