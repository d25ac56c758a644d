import { DAY_MS } from "@/lib/domain/time-buckets";
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

export const DEFAULT_CUSTOM_DAYS = 30;
export const customStart = (now: number) => now - DEFAULT_CUSTOM_DAYS * DAY_MS;
