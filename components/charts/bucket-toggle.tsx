"use client";

import { useHydrated } from "@/components/transactions/use-time-zone";
import type { StatsBucket } from "@/lib/domain/enums";
import { useOverviewState, useOverviewView } from "@/lib/queries/stats";

const LABEL: Record<StatsBucket, string> = { hour: "By hour", day: "By day" };

/**
 * Hourly or daily series, offered when the range allows both (`bucket=hour`; by day is the default).
 * NOTE: not in the server's HTML: whether both make sense depends on the range's length in the
 * viewer's zone and clock, which the server does not share (React error #418 otherwise).
 */
export function BucketToggle() {
  const { bucket, bucketChoosable } = useOverviewState();
  const [, setView] = useOverviewView();
  const hydrated = useHydrated();
  if (!hydrated || !bucketChoosable) return null;
  return (
    <div
      role="group"
      aria-label="Chart bucket"
      className="inline-flex rounded-md border border-[var(--border)] bg-[var(--card)] p-0.5 text-sm"
    >
      {(["hour", "day"] as const).map((value) => (
        <button
          key={value}
          type="button"
          aria-pressed={bucket === value}
          onClick={() => void setView({ bucket: value === "day" ? null : value })}
          className={`h-7 rounded px-2.5 focus-visible:outline-2 focus-visible:outline-[var(--accent)] ${bucket === value ? "bg-[var(--foreground)]/10 font-medium" : "text-[var(--muted)] hover:text-[var(--foreground)]"}`}
        >
          {LABEL[value]}
        </button>
      ))}
    </div>
  );
}
