"use client";

import { readListChoice } from "@/lib/filters/exclusion";
import { FILTER_FIELDS, type FilterField } from "@/lib/filters/fields";
import type { SearchParamsState } from "@/lib/filters/url-codec";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import { isRangePreset, RANGE_LABEL, timeLabel } from "./filter-labels";
import { CLEARED_FILTERS, useFilters, type FilterStateKey } from "./use-filters";

interface Chip {
  key: FilterStateKey;
  name: string;
  valueLabel?: (value: string) => string;
  /** An end of a time range: its value is a date or an instant, shown in the viewer's zone. */
  time?: boolean;
  /** An enumerated field, whose values may be excluded (`!` first: "not Delivered"). */
  excludable?: boolean;
}

const labelled = (field: Exclude<FilterField, { kind: "timeRange" }>) =>
  "valueLabel" in field
    ? (value: string) => (field.valueLabel as Readonly<Record<string, string>>)[value] ?? value
    : undefined;

/** One chip per filter state key, in the registry's order, named as the registry says. */
const CHIPS: Chip[] = FILTER_FIELDS.flatMap((field): Chip[] => {
  if (field.kind !== "timeRange")
    return [
      {
        key: field.key,
        name: "chip" in field ? field.chip : field.label,
        valueLabel: labelled(field),
        time: field.kind === "instant",
        excludable: field.kind === "enumSet",
      },
    ];
  const preset: Chip[] =
    "preset" in field
      ? [
          {
            key: field.preset,
            name: field.label,
            valueLabel: (value) => (isRangePreset(value) ? RANGE_LABEL[value] : value),
          },
        ]
      : [];
  return [
    ...preset,
    { key: field.from.state, name: field.from.label, time: true },
    { key: field.to.state, name: field.to.label, time: true },
  ];
});

/**
 * The human text of one filter's value (`Error, Rejected`, `30 Nov 2026, 06:17`). NOTE: times stay as
 * in the URL until the browser's zone is known (the server render and hydration), then read as local.
 */
function describeFilter(chip: Chip, value: SearchParamsState[FilterStateKey], timeZone: string | null): string {
  const label = chip.time && timeZone ? (v: string) => timeLabel(v, timeZone) : (chip.valueLabel ?? String);
  if (chip.excludable && Array.isArray(value)) {
    const { exclude, values } = readListChoice(value);
    return `${exclude ? "not " : ""}${values.map(label).join(", ")}`;
  }
  return (Array.isArray(value) ? value : [value ?? ""]).map(label).join(", ");
}

/** The set filters as removable chips, with "Clear filters" when any is set. */
export function ActiveFilterChips() {
  const [state, setFilters] = useFilters();
  const timeZone = useTimeZone();
  const active = CHIPS.filter((chip) => state[chip.key] !== null);
  if (!active.length) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-1.5 text-xs">
      {active.map((chip) => {
        const { key, name } = chip;
        const text = describeFilter(chip, state[key], timeZone);
        return (
          <li key={key}>
            <button
              type="button"
              onClick={() => setFilters({ [key]: null })}
              aria-label={`Remove filter ${name}: ${text}`}
              className="group inline-flex max-w-80 items-center gap-1 rounded-full border border-[var(--border)] bg-[var(--card)] py-0.5 pr-1.5 pl-2.5 hover:border-[var(--muted)]/60 focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
            >
              <span className="text-[var(--muted)]">{name}:</span>
              <span className="truncate font-medium" title={text}>
                {text}
              </span>
              <span aria-hidden className="text-[var(--muted)] group-hover:text-[var(--foreground)]">
                ×
              </span>
            </button>
          </li>
        );
      })}
      <li>
        <button
          type="button"
          onClick={() => setFilters(CLEARED_FILTERS)}
          className="rounded px-1.5 py-0.5 font-medium text-[var(--accent)] hover:underline focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
        >
          Clear filters
        </button>
      </li>
    </ul>
  );
}
