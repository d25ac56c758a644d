"use client";

import { searchApiUrl, useSearchState } from "@/lib/queries/transactions";
import { useTimeZone } from "./use-time-zone";

const LINK_CLASS =
  "inline-flex h-8 items-center gap-1.5 rounded-md border border-[var(--border)] bg-[var(--card)] px-3 text-sm focus-visible:outline-2 focus-visible:outline-[var(--accent)]";

/** The address of a download of the current search; the page cursor belongs to the screen only. */
function useDownloadHref(path: string): string | undefined {
  const [search] = useSearchState();
  const timeZone = useTimeZone();
  return timeZone ? searchApiUrl(path, { ...search, cursor: null }, timeZone) : undefined;
}

function DownloadIcon() {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.6">
      <path d="M8 2.5v8m0 0-3-3m3 3 3-3M3 13.5h10" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Downloads every row of the current filter as CSV, in the list's order (from the first page on). */
export function ExportButton({ disabled = false }: { disabled?: boolean }) {
  const href = useDownloadHref("/api/transactions/export");
  return (
    <a
      href={disabled ? undefined : href}
      download
      aria-disabled={disabled || undefined}
      className={`${LINK_CLASS} ${disabled ? "cursor-not-allowed opacity-60" : "hover:border-[var(--muted)]/60"}`}
    >
      <DownloadIcon />
      Export CSV
    </a>
  );
}

/**
 * Downloads the events of every transaction of the current filter (transactions in the list's order,
 * each one's events in lifecycle order), as CSV or NDJSON, from a small menu.
 */
export function ExportEventsMenu({ disabled = false }: { disabled?: boolean }) {
  const csv = useDownloadHref("/api/events/export/csv");
  const ndjson = useDownloadHref("/api/events/export/ndjson");
  if (disabled)
    return (
      <span aria-disabled className={`${LINK_CLASS} cursor-not-allowed opacity-60`}>
        <DownloadIcon />
        Export events
      </span>
    );
  return (
    <details
      className="relative"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !event.currentTarget.open) return;
        event.currentTarget.open = false;
        event.currentTarget.querySelector("summary")?.focus();
      }}
    >
      <summary className={`${LINK_CLASS} cursor-pointer list-none hover:border-[var(--muted)]/60`}>
        <DownloadIcon />
        Export events
      </summary>
      <ul className="absolute right-0 z-20 mt-1 w-44 rounded-md border border-[var(--border)] bg-[var(--card)] p-1 text-sm shadow-lg">
        {[
          ["As CSV", csv],
          ["As NDJSON (one per line)", ndjson],
        ].map(([label, href]) => (
          <li key={label}>
            <a
              href={href}
              download
              className="block rounded px-2 py-1.5 hover:bg-[var(--border)]/40 focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
