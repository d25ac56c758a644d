"use client";

import { searchApiUrl, useSearchState } from "@/lib/queries/transactions";
import { useTimeZone } from "./use-time-zone";

/** Downloads every row of the current filter as CSV, in the list's order (from the first page on). */
export function ExportButton({ disabled = false }: { disabled?: boolean }) {
  const [search] = useSearchState();
  const timeZone = useTimeZone();
  // The export always starts at the first row; the page cursor belongs to the screen only.
  const href = timeZone ? searchApiUrl("/api/transactions/export", { ...search, cursor: null }) : undefined;
  return (
    <a
      href={disabled ? undefined : href}
      download
      aria-disabled={disabled || undefined}
      className={`inline-flex h-8 items-center gap-1.5 rounded-md border border-[var(--border)] bg-[var(--card)] px-3 text-sm focus-visible:outline-2 focus-visible:outline-[var(--accent)] ${disabled ? "cursor-not-allowed opacity-60" : "hover:border-[var(--muted)]/60"}`}
    >
      <svg aria-hidden viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.6">
        <path d="M8 2.5v8m0 0-3-3m3 3 3-3M3 13.5h10" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Export CSV
    </a>
  );
}
