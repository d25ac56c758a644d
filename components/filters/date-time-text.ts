import { timeLabel } from "./filter-labels";

// One way to write a time for people: the chips' and tables' "1 Dec 2026, 14:30" (en-GB), in the
// viewer's zone. A date alone is the whole day, as in the URL (`from=2026-12-01`).
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WRITTEN = /^(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** An example of the format, for placeholders and messages. */
export const DATE_TIME_EXAMPLE = "1 Dec 2026, 14:30";

/** A URL time (`2026-12-01` or an ISO instant) as an input shows it: the chips' words. */
export const dateTimeText = (value: string | null, timeZone: string) => (value ? timeLabel(value, timeZone) : "");

const pad = (n: number) => String(n).padStart(2, "0");

/** How far `timeZone`'s wall clock is ahead of UTC at `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * What a person typed as a URL time: a date alone as `2026-12-01` (the whole day), a date and time
 * of day as the instant it is in `timeZone` (`2026-12-01T12:30:00Z`); null when it is no such time.
 * Accepts the shown format ("1 Dec 2026, 14:30") and ISO's ("2026-12-01 14:30"); empty is "".
 */
export function parseDateTimeText(text: string, timeZone: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return "";
  let year: number, month: number, day: number;
  let time: string[] = [];
  const written = WRITTEN.exec(trimmed);
  const iso = ISO.exec(trimmed);
  if (written) {
    const index = MONTHS.indexOf(written[2].slice(0, 3).toLowerCase());
    if (index < 0) return null;
    [day, month, year] = [Number(written[1]), index + 1, Number(written[3])];
    time = written.slice(4);
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    time = iso.slice(4);
  } else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const calendarDate = `${year}-${pad(month)}-${pad(day)}`;
  if (time[0] === undefined) return calendarDate;
  const [hour, minute, second = 0] = time.map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let at = wall - offsetAt(wall, timeZone);
  at = wall - offsetAt(at, timeZone);
  return new Date(at).toISOString().replace(".000Z", "Z");
}
