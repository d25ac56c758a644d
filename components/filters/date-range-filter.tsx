"use client";

import { localDate } from "@/lib/domain/time-buckets";
import { TIME_RANGES } from "@/lib/filters/fields";
import { RANGE_PRESETS, rangeStart } from "@/lib/filters/url-codec";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import { browserTimeZone } from "@/lib/queries/keys";
import { DatesFilter } from "./dates-filter";
import { customStart, isRangePreset, RANGE_LABEL } from "./filter-labels";
import { SelectFilter } from "./select-filter";
import { useFilters } from "./use-filters";

const RECEIVED = TIME_RANGES.find((field) => field.place === "range")!;
const OPTIONS = [
  ["", "Any time"],
  ...RANGE_PRESETS.map((preset) => [preset, RANGE_LABEL[preset]] as const),
  ["custom", "Custom range…"],
] as const;

/**
 * Received date: a relative preset (`range=7d`, resolved at every fetch) or a custom from/to in calendar
 * dates (`from=2026-11-01&to=2026-11-05`, both days included).
 */
export function DateRangeFilter() {
  const [{ range, from, to }, setFilters] = useFilters();
  const custom = range === null && (from !== null || to !== null);
  const shownZone = useTimeZone();

  const choose = (next: string | null) => {
    if (next === "custom") {
      // Start the custom range where the preset started, so switching keeps the rows in view.
      const timeZone = shownZone ?? browserTimeZone();
      const start = isRangePreset(range) ? rangeStart(range, Date.now(), timeZone) : customStart(Date.now());
      setFilters({ range: null, from: localDate(start, timeZone), to: null });
    } else {
      setFilters({ range: next, from: null, to: null });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <SelectFilter label={RECEIVED.label} options={OPTIONS} value={custom ? "custom" : range} onChange={choose} />
      {custom ? <DatesFilter field={RECEIVED} /> : null}
    </div>
  );
}
