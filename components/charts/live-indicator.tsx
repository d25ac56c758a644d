"use client";

import { useEffect, useState } from "react";
import { useHydrated } from "@/components/transactions/use-time-zone";
import { formatDuration } from "@/lib/domain/format-time";
import type { LiveStatus } from "@/lib/queries/live";
import { useOverviewState, useOverviewView } from "@/lib/queries/stats";

/**
 * How often "updated … ago" is brought up to date. NOTE: a tick re-lays out the page; once a second
 * it was a fifth of an idle live tab's main-thread time.
 */
export const AGO_TICK_MS = 5_000;

/** Time since `at`, brought up to date every AGO_TICK_MS while shown. */
function useAgo(at: number): number {
  const [now, setNow] = useState(at);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), AGO_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, now - at);
}

const WORDS: Record<LiveStatus, string> = {
  live: "Live",
  connecting: "Connecting…",
  paused: "Paused while this tab is hidden",
  trouble: "Live · the Track API is not answering, retrying",
  off: "Live off",
};

const DOT: Record<LiveStatus, string> = {
  live: "bg-[var(--status-delivered)]",
  connecting: "bg-[var(--status-sending)]",
  paused: "bg-[var(--muted)]",
  trouble: "bg-[var(--status-rejected)]",
  off: "bg-[var(--muted)]/50",
};

function Updated({ at }: { at: number }) {
  const ago = useAgo(at);
  return <span className="tabular-nums"> · updated {formatDuration(ago)} ago</span>;
}

/**
 * "Live · updated 3 s ago": whether the overview follows new transactions, and a switch that keeps
 * the choice in the URL (`live=off`). Ranges that ended in the past are never live.
 */
export function LiveIndicator({ status, updatedAt }: { status: LiveStatus; updatedAt: number }) {
  const { liveEligible, liveOn } = useOverviewState();
  const [, setView] = useOverviewView();
  // NOTE: whether a range still reaches now depends on the viewer's zone and clock, which the
  // server does not share: its HTML leaves the indicator empty (React error #418 otherwise).
  const hydrated = useHydrated();
  const shown: LiveStatus = liveOn ? status : "off";
  if (!hydrated) return <div className="h-5" />;
  return (
    <div className="flex items-center gap-2 text-sm" data-live={shown}>
      {/* Keyed by the update, so the live dot flashes once each time new data arrive. */}
      <span
        key={shown === "live" ? updatedAt : shown}
        aria-hidden
        className={`size-2 rounded-full ${liveEligible ? DOT[shown] : "bg-[var(--muted)]/50"} ${shown === "live" && updatedAt > 0 ? "live-flash" : ""}`}
      />
      <span className="text-[var(--muted)]">
        <span role="status">{liveEligible ? WORDS[shown] : "Not live: the range has ended"}</span>
        {updatedAt > 0 && (shown === "live" || shown === "off" || !liveEligible) ? (
          <Updated key={updatedAt} at={updatedAt} />
        ) : null}
      </span>
      {liveEligible ? (
        <button
          type="button"
          role="switch"
          aria-checked={liveOn}
          aria-label="Live updates"
          onClick={() => void setView({ live: liveOn ? "off" : null }, { history: "replace" })}
          className={`relative inline-flex h-5 w-9 shrink-0 items-center rounded-full border border-[var(--border)] transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] ${liveOn ? "bg-[var(--accent)]" : "bg-[var(--foreground)]/10"}`}
        >
          <span
            className={`inline-block size-3.5 rounded-full bg-white shadow transition-transform ${liveOn ? "translate-x-4" : "translate-x-0.5"}`}
          />
        </button>
      ) : null}
    </div>
  );
}
