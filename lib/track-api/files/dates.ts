/** Date helpers on ISO strings, always in UTC so documents do not depend on the server's time zone. */

const DAY_MS = 86_400_000;

function parse(iso: string): Date {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

/** `2026-01-31` */
export function isoDate(iso: string, addDays = 0): string {
  return new Date(parse(iso).getTime() + addDays * DAY_MS).toISOString().slice(0, 10);
}

/** `12:34:56` */
export function isoTime(iso: string): string {
  return parse(iso).toISOString().slice(11, 19);
}

/** `20260131` (Finvoice CCYYMMDD, EDIFACT format 102) from a `2026-01-31` date. */
export function compactDate(date: string): string {
  return date.replaceAll("-", "");
}
