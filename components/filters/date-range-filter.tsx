"use client";

import { localDate } from "@/lib/domain/time-buckets";
import { RANGE_PRESETS, rangeStart } from "@/lib/filters/url-codec";
import { browserTimeZone } from "@/lib/queries/transactions";
import { controlClass } from "./control";
import { customStart, dateInputValue, isRangePreset, RANGE_LABEL } from "./filter-labels";
import { SelectFilter } from "./select-filter";
import { useFilters } from "./use-filters";

const OPTIONS = [["", "Any time"], ...RANGE_PRESETS.map((preset) => [preset, RANGE_LABEL[preset]] as const), ["custom", "Custom range…"]] as const;

/**
 * Received date: a relative preset (`range=7d`, resolved at every fetch) or a custom from/to in calendar
 * dates (`from=2026-11-01&to=2026-11-05`, both days included).
 */
export function DateRangeFilter() {
  const [{ range, from, to }, setFilters] = useFilters();
  const custom = range === null && (from !== null || to !== null);

  const choose = (next: string | null) => {
    if (next === "custom") {
      // Start the custom range where the preset started, so switching keeps the rows in view.
      const timeZone = browserTimeZone();
      const start = isRangePreset(range) ? rangeStart(range, Date.now(), timeZone) : customStart(Date.now());
      setFilters({ range: null, from: localDate(start, timeZone), to: null });
    } else {
      setFilters({ range: next, from: null, to: null });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <SelectFilter label="Received" options={OPTIONS} value={custom ? "custom" : range} onChange={choose} />
      {custom ? (
        <>
          <input
            type="date"
            aria-label="Received from"
            value={dateInputValue(from)}
            max={dateInputValue(to) || undefined}
            onChange={(event) => setFilters({ from: event.target.value || null })}
            className={controlClass}
          />
          <span aria-hidden className="text-[var(--muted)]">
            –
          </span>
          <input
            type="date"
            aria-label="Received to"
            value={dateInputValue(to)}
            min={dateInputValue(from) || undefined}
            onChange={(event) => setFilters({ to: event.target.value || null })}
            className={controlClass}
          />
        </>
      ) : null}
    </div>
  );
}
