const DAY_MS = 86_400_000;
/** 10000-01-01T00:00:00Z: from then on toISOString writes a six-digit year. */
const YEAR_10000 = 253_402_300_800_000;

const dayPrefixes = new Map<number, string>();
const scratch = new Date(0);
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * `new Date(ms).toISOString()`, several times faster for the instants a page or an export formats by
 * the million (four per row): the date part is formatted once per UTC day, the time of day by
 * arithmetic. Instants outside 1970–9999 take the Date path.
 */
export function isoInstant(ms: number): string {
  if (!(ms >= 0 && ms < YEAR_10000) || !Number.isInteger(ms)) {
    scratch.setTime(ms);
    return scratch.toISOString();
  }
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    if (dayPrefixes.size >= 4_096) dayPrefixes.clear();
    scratch.setTime(day * DAY_MS);
    prefix = scratch.toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1_000);
  return `${prefix}${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${pad3(rest - seconds * 1_000)}Z`;
}
