"use client";

import { timeLabel } from "@/components/filters/filter-labels";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import type { usePreviousStatsQuery } from "@/lib/queries/stats";
import { formatCount } from "./format";
import { PREVIOUS_STROKE } from "./theme";

type Previous = NonNullable<ReturnType<typeof usePreviousStatsQuery>>;

/** The period the comparison shows, in words: "26 Nov 2026, 10:30 – 27 Nov 2026, 10:30". */
export function usePeriodLabel({ from, to }: { from: string; to: string }) {
  const timeZone = useTimeZone() ?? "UTC";
  return `${timeLabel(from, timeZone)} – ${timeLabel(to, timeZone)}`;
}

/**
 * The legend entry of the previous period's dashed line, with its total; while it loads or when it
 * failed, says so here (the overview's own numbers stay as they are).
 */
export function PreviousLegend({ previous }: { previous: Previous }) {
  const { query } = previous;
  const period = usePeriodLabel(previous);
  return (
    <p
      data-previous-legend=""
      title={`The same length immediately before: ${period}`}
      className="inline-flex items-center gap-1.5 px-1 py-0.5 text-xs text-[var(--muted)]"
    >
      <svg aria-hidden width="18" height="4" className="shrink-0">
        <line x1="0" y1="2" x2="18" y2="2" stroke={PREVIOUS_STROKE} strokeWidth="1.5" strokeDasharray="5 4" />
      </svg>
      <span>Previous period</span>
      {query.data ? (
        <span className="font-medium tabular-nums text-[var(--foreground)]">
          {formatCount(query.data.totals.total)}
        </span>
      ) : query.isError ? (
        <span role="status">could not be loaded</span>
      ) : (
        <span role="status">loading…</span>
      )}
      <span className="sr-only">{`transactions, ${period}`}</span>
    </p>
  );
}
