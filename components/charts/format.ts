import type { StatsBucket } from "@/lib/domain/enums";
import { formatDuration } from "@/lib/domain/format-time";

const counts = new Intl.NumberFormat("en-GB");
const percents = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });

/** "1,234" */
export const formatCount = (n: number) => counts.format(n);

/** "87.5%" for a share, or "–" when there is nothing to share. */
export const formatShare = (part: number, whole: number) => (whole > 0 ? percents.format(part / whole) : "–");

/** A duration for a tile: whole minutes from ten minutes up ("16 min", "1 h 5 min"), seconds below. */
export const formatDurationShort = (ms: number) =>
  formatDuration(ms >= 600_000 ? Math.round(ms / 60_000) * 60_000 : ms);

const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat("en-GB", { ...options, timeZone })));
  return f;
}
const time = (iso: string, tz?: string) =>
  format(tz, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));
const day = (iso: string, tz?: string) =>
  format(tz, { weekday: "short", day: "numeric", month: "short" }).format(new Date(iso));

/**
 * Labels of a series bucket in the viewer's time zone: a short axis tick ("14:00", "Thu 27 Nov")
 * and the full span for tooltips, tables and screen readers ("Thu 27 Nov, 14:00–15:00").
 */
export function bucketLabels(
  start: string,
  end: string,
  bucket: StatsBucket,
  timeZone?: string,
): { tick: string; full: string } {
  if (bucket === "day") {
    const whole = time(start, timeZone) === "00:00" && time(end, timeZone) === "00:00";
    return {
      tick: day(start, timeZone),
      full: whole
        ? day(start, timeZone)
        : `${day(start, timeZone)}, ${time(start, timeZone)}–${day(end, timeZone)} ${time(end, timeZone)}`,
    };
  }
  return {
    tick: time(start, timeZone),
    full: `${day(start, timeZone)}, ${time(start, timeZone)}–${time(end, timeZone)}`,
  };
}
