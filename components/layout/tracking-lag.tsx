"use client";

import { formatDuration } from "@/lib/domain/format-time";
import { useTrackingLagQuery } from "@/lib/queries/health";

const LEVELS = {
  ok: { label: "Tracking OK", color: "var(--status-delivered)" },
  delay: { label: "Tracking delay", color: "var(--status-rejected)" },
  major: { label: "Major tracking delay", color: "var(--status-error)" },
} as const;

/**
 * Header indicator of how far behind the network's event tracking is; the lag in words on hover or
 * focus. Absent when the Track API has no health endpoint to report it.
 */
export function TrackingLag() {
  const { data, isError } = useTrackingLagQuery();
  if (isError) return <span className="text-xs text-[var(--muted)]">Tracking status unavailable</span>;
  if (!data) return null;
  const { label, color } = LEVELS[data.level];
  const words =
    data.seconds === null ? "No events tracked yet" : `Newest event tracked ${formatDuration(data.seconds * 1000)} ago`;
  return (
    <span
      tabIndex={0}
      title={words}
      aria-label={`${label}. ${words}`}
      data-testid="tracking-lag"
      data-level={data.level}
      className="group relative inline-flex items-center gap-1.5 rounded-full border border-[var(--border)] px-2.5 py-1 text-xs outline-none focus-visible:ring-2 focus-visible:ring-[var(--accent)]/40"
    >
      <span aria-hidden className="size-2 rounded-full" style={{ background: color }} />
      {label}
      <span
        role="tooltip"
        className="pointer-events-none absolute top-full right-0 z-30 mt-2 hidden w-max max-w-64 rounded-md border border-[var(--border)] bg-[var(--card)] px-2 py-1 text-xs shadow group-hover:block group-focus-visible:block"
      >
        {words}
      </span>
    </span>
  );
}
