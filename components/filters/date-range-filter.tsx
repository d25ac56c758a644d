"use client";

import { useState } from "react";
import { TIME_RANGES } from "@/lib/filters/fields";
import { RANGE_PRESETS, rangeStart } from "@/lib/filters/url-codec";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import { browserTimeZone } from "@/lib/queries/keys";
import { DatesFilter } from "./dates-filter";
import { isRangePreset, RANGE_LABEL } from "./filter-labels";
import { SelectFilter } from "./select-filter";
import { useFilters } from "./use-filters";

const RECEIVED = TIME_RANGES.find((field) => field.place === "range")!;
const OPTIONS = [
  ["", "Any time"],
  ...RANGE_PRESETS.map((preset) => [preset, RANGE_LABEL[preset]] as const),
  ["custom", "Custom range…"],
] as const;

/**
 * Received date: a relative preset (`range=7d`, resolved at every fetch) or a custom from/to
 * (`from=2026-11-01&to=2026-11-05`, whole days, or instants with a time of day). "Custom range…"
 * opens the inputs with the current range written out; the URL changes only on Apply.
 */
export function DateRangeFilter() {
  const [{ range, from, to }, setFilters] = useFilters();
  const custom = range === null && (from !== null || to !== null);
  const shownZone = useTimeZone();
  // The range the inputs start from while a custom range is being written (not yet in the URL).
  const [draft, setDraft] = useState<{ from: string | null; to: string | null } | null>(null);

  const choose = (next: string | null) => {
    if (next === "custom") {
      const start = isRangePreset(range) ? rangeStart(range, Date.now(), shownZone ?? browserTimeZone()) : null;
      setDraft({ from: start === null ? null : new Date(start).toISOString(), to: null });
    } else {
      setDraft(null);
      setFilters({ range: next, from: null, to: null });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <SelectFilter
        label={RECEIVED.label}
        options={OPTIONS}
        value={draft || custom ? "custom" : range}
        onChange={choose}
      />
      {draft ? (
        <DatesFilter field={RECEIVED} initial={draft} onClose={() => setDraft(null)} />
      ) : custom ? (
        <DatesFilter field={RECEIVED} />
      ) : null}
    </div>
  );
}
