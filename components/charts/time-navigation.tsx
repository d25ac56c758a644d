"use client";

import { useFilters } from "@/components/filters/use-filters";
import { isZoomed } from "@/lib/filters/time-navigation";
import { DEFAULT_OVERVIEW_RANGE, useOverviewState, useOverviewView } from "@/lib/queries/stats";

const buttonClass =
  "h-7 rounded-md border border-[var(--border)] px-2.5 text-sm hover:border-[var(--muted)]/60 focus-visible:outline-2 focus-visible:outline-[var(--accent)]";

/**
 * "Reset range" while the overview is zoomed into a span of the chart (from/to instants): back to the
 * default range, as a new history entry (Back returns to the zoomed span, and once more to the range before).
 */
export function ZoomReset() {
  const [{ from, to }, setFilters] = useFilters();
  if (!isZoomed({ from, to })) return null;
  return (
    <button
      type="button"
      title={`Show the default range (${DEFAULT_OVERVIEW_RANGE}) again`}
      onClick={() => setFilters({ range: null, from: null, to: null })}
      className={`${buttonClass} bg-[var(--card)]`}
    >
      Reset range
    </button>
  );
}

/** "Compare with previous period" (`compare=previous`): the range's numbers beside those of the same length just before. */
export function CompareToggle() {
  const { compare } = useOverviewState();
  const [, setView] = useOverviewView();
  return (
    <button
      type="button"
      aria-pressed={compare}
      title="Show the numbers of the same length of time immediately before the range beside this range's"
      onClick={() => void setView({ compare: compare ? null : "previous" })}
      className={`${buttonClass} ${compare ? "bg-[var(--foreground)]/10 font-medium" : "bg-[var(--card)] text-[var(--muted)] hover:text-[var(--foreground)]"}`}
    >
      Compare with previous period
    </button>
  );
}
