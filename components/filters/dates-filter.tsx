"use client";

import type { TimeRangeField } from "@/lib/filters/field-types";
import { controlClass } from "./control";
import { dateInputValue } from "./filter-labels";
import { useFilters, type FilterPatch } from "./use-filters";

/** A time range's from/to as two calendar-date inputs (both days included), each ending its own URL parameter. */
export function DatesFilter({ field, className = "" }: { field: TimeRangeField; className?: string }) {
  const [state, setFilters] = useFilters();
  const from = state[field.from.state as keyof FilterPatch] as string | null;
  const to = state[field.to.state as keyof FilterPatch] as string | null;
  const set = (key: string, value: string) => setFilters({ [key]: value || null } as FilterPatch);
  return (
    <div className="flex items-center gap-1.5">
      <input
        type="date"
        aria-label={field.from.label}
        value={dateInputValue(from)}
        max={dateInputValue(to) || undefined}
        onChange={(event) => set(field.from.state, event.target.value)}
        className={`${controlClass} ${className}`}
      />
      <span aria-hidden className="text-[var(--muted)]">
        –
      </span>
      <input
        type="date"
        aria-label={field.to.label}
        value={dateInputValue(to)}
        min={dateInputValue(from) || undefined}
        onChange={(event) => set(field.to.state, event.target.value)}
        className={`${controlClass} ${className}`}
      />
    </div>
  );
}
