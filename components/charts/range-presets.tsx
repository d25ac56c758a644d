"use client";

import { controlClass } from "@/components/filters/control";
import { dateInputValue, RANGE_LABEL } from "@/components/filters/filter-labels";
import { useFilters } from "@/components/filters/use-filters";
import { localDate } from "@/lib/domain/time-buckets";
import { RANGE_PRESETS, rangeStart, type RangePreset } from "@/lib/filters/url-codec";
import { DEFAULT_OVERVIEW_RANGE } from "@/lib/queries/stats";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import { browserTimeZone } from "@/lib/queries/keys";

const PRESETS = ["today", "24h", "7d", "month"] as const satisfies readonly RangePreset[];
const SHORT: Record<(typeof PRESETS)[number], string> = {
  today: "Today",
  "24h": "24 hours",
  "7d": "7 days",
  month: "This month",
};

const buttonClass = (active: boolean) =>
  `h-7 rounded px-2.5 text-sm focus-visible:outline-2 focus-visible:outline-[var(--accent)] ${active ? "bg-[var(--foreground)]/10 font-medium" : "text-[var(--muted)] hover:text-[var(--foreground)]"}`;

/**
 * The overview's received range: Today and 24 hours by hour, 7 days and This month by day, or a
 * custom from/to in calendar dates. The same `range`/`from`/`to` parameters as the list.
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

  const choose = (preset: RangePreset) =>
    setFilters({ range: preset === DEFAULT_OVERVIEW_RANGE ? null : preset, from: null, to: null });
  const chooseCustom = () => {
    const timeZone = shownZone ?? browserTimeZone();
    const start = rangeStart(
      (RANGE_PRESETS as readonly string[]).includes(current) ? (current as RangePreset) : DEFAULT_OVERVIEW_RANGE,
      Date.now(),
      timeZone,
    );
    setFilters({ range: null, from: localDate(start, timeZone), to: null });
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
            aria-pressed={current === preset}
            title={RANGE_LABEL[preset]}
            onClick={() => choose(preset)}
            className={buttonClass(current === preset)}
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
          aria-pressed={custom}
          onClick={custom ? undefined : chooseCustom}
          className={buttonClass(custom)}
        >
          Custom
        </button>
      </div>
      {custom ? (
        <span className="flex items-center gap-1.5">
          <input
            type="date"
            aria-label="Received from"
            value={dateInputValue(from)}
            max={dateInputValue(to) || undefined}
            onChange={(e) => setFilters({ from: e.target.value || null })}
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
            onChange={(e) => setFilters({ to: e.target.value || null })}
            className={controlClass}
          />
        </span>
      ) : null}
    </div>
  );
}
