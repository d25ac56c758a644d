"use client";

import { useSyncExternalStore } from "react";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import { absoluteTime, relativeTime } from "@/lib/domain/format-time";

// A shared once-a-minute clock so relative times stay fresh without one timer per cell.
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => {
    now = Date.now();
    listeners.forEach((l) => l());
  }, 30_000);
  return () => {
    listeners.delete(listener);
    if (!listeners.size && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** A time shown relative ("5 minutes ago") with the absolute time and zone on hover and for screen readers. */
export function DateTime({ iso, mode = "relative" }: { iso: string | null; mode?: "relative" | "absolute" }) {
  const current = useSyncExternalStore(
    subscribe,
    () => now,
    () => 0,
  );
  // NOTE: the server renders in the zone the viewer's cookies name (or, not knowing it, the ISO
  // instant), and the first render in the browser does the same, so the HTML hydrates unchanged.
  const timeZone = useTimeZone();
  if (!iso) return <span className="text-[var(--muted)]">—</span>;
  const absolute = timeZone ? absoluteTime(iso, timeZone) : iso;
  const shown = mode === "absolute" || !current ? absolute : relativeTime(iso, current);
  return (
    <time dateTime={iso} title={absolute} className="whitespace-nowrap">
      {shown}
    </time>
  );
}
