import type { StatsBucket } from "./enums";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateKeyFormatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f)
    formatters.set(
      timeZone,
      (f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })),
    );
  return f;
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(ms: number, timeZone: string): string {
  return dateKeyFormatter(timeZone).format(ms);
}

/** The first instant of the calendar day containing `ms` in `timeZone` (whole-hour offsets). */
export function startOfLocalDay(ms: number, timeZone: string): number {
  const day = localDate(ms, timeZone);
  let t = Math.floor(ms / HOUR_MS) * HOUR_MS;
  while (localDate(t - HOUR_MS, timeZone) === day) t -= HOUR_MS;
  return t;
}

/** The first instant of the calendar month containing `ms` in `timeZone`. */
export function startOfLocalMonth(ms: number, timeZone: string): number {
  let t = startOfLocalDay(ms, timeZone);
  while (localDate(t - HOUR_MS, timeZone).slice(0, 7) === localDate(ms, timeZone).slice(0, 7))
    t = startOfLocalDay(t - HOUR_MS, timeZone);
  return t;
}

export interface TimeBucket {
  start: number;
  end: number;
  /** UTC hour starts that fall in this bucket. */
  hours: number[];
}

/**
 * Splits [from, to) into hour or local-day buckets. Bucket edges are clipped to the range, so the
 * buckets partition it exactly and a bucket's [start, end) can be used as a list filter.
 */
export function timeBuckets(from: number, to: number, bucket: StatsBucket, timeZone: string): TimeBucket[] {
  const out: TimeBucket[] = [];
  let key = "";
  for (let h = Math.floor(from / HOUR_MS) * HOUR_MS; h < to; h += HOUR_MS) {
    const k = bucket === "hour" ? String(h) : localDate(h, timeZone);
    if (k !== key) {
      const prev = out.at(-1);
      if (prev) prev.end = Math.max(from, h);
      out.push({ start: Math.max(from, h), end: to, hours: [] });
      key = k;
    }
    out[out.length - 1].hours.push(h);
  }
  return out;
}
