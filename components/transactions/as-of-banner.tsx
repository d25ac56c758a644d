"use client";

import { timeLabel } from "@/components/filters/filter-labels";
import { useFilters } from "@/components/filters/use-filters";
import type { SearchResult } from "@/lib/domain/transaction";
import { useNewerSince } from "./use-newer-since";
import { useTimeZone } from "./use-time-zone";

/**
 * "2 newer since 30 Nov 2026, 14:03:05 · Show": a list as of an instant (a chart's click-through,
 * `asof`) holds exactly the transactions counted then; this offers those stored since, by removing
 * the bound. `shown` is the list's own result.
 */
export function AsOfBanner({ shown }: { shown: Pick<SearchResult, "total" | "totalRelation"> }) {
  const [search, setFilters] = useFilters();
  const timeZone = useTimeZone();
  const newer = useNewerSince(search, shown);
  const asOf = search.asOf;
  return (
    <div aria-live="polite" className="empty:hidden">
      {asOf !== null && newer ? (
        <button
          type="button"
          onClick={() => setFilters({ asOf: null })}
          className="btn w-full border-[var(--accent)]/40 bg-[var(--accent)]/10 text-[color-mix(in_srgb,var(--accent)_70%,var(--foreground))]"
        >
          {newer} newer since {timeZone ? timeLabel(asOf, timeZone) : asOf} · Show
        </button>
      ) : null}
    </div>
  );
}
