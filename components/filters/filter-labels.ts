import { RANGE_PRESETS, type RangePreset } from "@/lib/filters/url-codec";

export const RANGE_LABEL: Record<RangePreset, string> = {
  today: "Today",
  "24h": "Last 24 hours",
  "7d": "Last 7 days",
  month: "This month",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
};

export const isRangePreset = (value: string | null): value is RangePreset =>
  (RANGE_PRESETS as readonly string[]).includes(value ?? "");

/** The calendar-date part of a URL date (`2026-11-01` or `2026-11-01T08:00:00Z`), for a date input. */
export const dateInputValue = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : "";

const chipFormats = new Map<string, Intl.DateTimeFormat>();
function chipFormat(timeZone: string, withTime: boolean, withSeconds: boolean) {
  const key = `${timeZone}|${withTime}|${withSeconds}`;
  let format = chipFormats.get(key);
  if (!format)
    chipFormats.set(
      key,
      (format = new Intl.DateTimeFormat("en-GB", {
        timeZone,
        day: "numeric",
        month: "short",
        year: "numeric",
        ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" as const } : {}),
        ...(withSeconds ? { second: "2-digit" } : {}),
      })),
    );
  return format;
}

/**
 * A URL date or instant as a person reads it: `2026-11-01` → "1 Nov 2026" (a whole day, as is);
 * `2026-11-30T04:17:15.223Z` → "30 Nov 2026, 06:17:15" in `timeZone`. Anything else is shown as given.
 */
export function timeLabel(value: string, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return chipFormat("UTC", false, false).format(new Date(`${value}T00:00:00Z`));
  const at = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(at)) return value;
  return chipFormat(timeZone, true, at % 60_000 !== 0).format(at);
}
