"use client";

import { useState } from "react";
import { DatesFilter } from "@/components/filters/dates-filter";
import { RANGE_LABEL } from "@/components/filters/filter-labels";
import { useFilters } from "@/components/filters/use-filters";
import { TIME_RANGES } from "@/lib/filters/fields";
import { RANGE_PRESETS, rangeStart, type RangePreset } from "@/lib/filters/url-codec";
import { DEFAULT_OVERVIEW_RANGE } from "@/lib/queries/stats";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import { browserTimeZone } from "@/lib/queries/keys";

const RECEIVED = TIME_RANGES.find((field) => field.place === "range")!;
const PRESETS = ["today", "24h", "7d", "month"] as const satisfies readonly RangePreset[];
const SHORT: Record<(typeof PRESETS)[number], string> = {
  today: "Today",
  "24h": "24 hours",
  "7d": "7 days",
  month: "This month",
};

/** Where a preset's range starts now, as a URL instant. */
const presetStart = (preset: RangePreset, timeZone: string) =>
  new Date(rangeStart(preset, Date.now(), timeZone)).toISOString();

const buttonClass = (active: boolean) =>
  `h-7 rounded px-2.5 text-sm focus-visible:outline-2 focus-visible:outline-[var(--accent)] ${active ? "bg-[var(--foreground)]/10 font-medium" : "text-[var(--muted)] hover:text-[var(--foreground)]"}`;

/**
 * The overview's received range: Today and 24 hours by hour, 7 days and This month by day, or a
 * custom from/to (whole days or times of day, written as the list's inputs write them). The same
 * `range`/`from`/`to` parameters as the list.
 */
export function RangePresets() {
  const [{ range, from, to }, setFilters] = useFilters();
  const shownZone = useTimeZone();
  const custom = range === null && (from !== null || to !== null);
  const current = custom ? "custom" : (range ?? DEFAULT_OVERVIEW_RANGE);
  // A preset only a list link can set (30d, 90d) is shown as chosen too.
  const extra =
    (RANGE_PRESETS as readonly string[]).includes(current) && !(PRESETS as readonly string[]).includes(current)
      ? (current as RangePreset)
      : null;

  const choose = (preset: RangePreset) => {
    setDraft(null);
    setFilters({ range: preset === DEFAULT_OVERVIEW_RANGE ? null : preset, from: null, to: null });
  };
  // "Custom" opens the inputs with the current range written out; the URL changes only on Apply.
  const [draft, setDraft] = useState<{ from: string | null; to: string | null } | null>(null);
  const chooseCustom = () => {
    const preset = (RANGE_PRESETS as readonly string[]).includes(current) ? (current as RangePreset) : null;
    setDraft({ from: presetStart(preset ?? DEFAULT_OVERVIEW_RANGE, shownZone ?? browserTimeZone()), to: null });
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <div
        role="group"
        aria-label="Range"
        className="inline-flex flex-wrap rounded-md border border-[var(--border)] bg-[var(--card)] p-0.5"
      >
        {PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            aria-pressed={current === preset && !draft}
            title={RANGE_LABEL[preset]}
            onClick={() => choose(preset)}
            className={buttonClass(current === preset && !draft)}
          >
            {SHORT[preset]}
          </button>
        ))}
        {extra ? (
          <button type="button" aria-pressed className={buttonClass(true)}>
            {RANGE_LABEL[extra]}
          </button>
        ) : null}
        <button
          type="button"
          aria-pressed={custom || draft !== null}
          onClick={custom || draft ? undefined : chooseCustom}
          className={buttonClass(custom || draft !== null)}
        >
          Custom
        </button>
      </div>
      {draft ? (
        <DatesFilter field={RECEIVED} initial={draft} onClose={() => setDraft(null)} />
      ) : custom ? (
        <DatesFilter field={RECEIVED} />
      ) : null}
    </div>
  );
}
