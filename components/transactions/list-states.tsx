"use client";

import Link from "next/link";
import type { ReactNode } from "react";

function Panel({ children, role }: { children: ReactNode; role?: "alert" | "status" }) {
  return (
    <div role={role} className="rounded-lg border border-[var(--border)] bg-[var(--card)] px-6 py-12 text-center">
      {children}
    </div>
  );
}

/** Placeholder rows while the first result loads. */
export function ListSkeleton({ rows = 10 }: { rows?: number }) {
  return (
    <div
      role="status"
      aria-label="Loading transactions"
      className="overflow-hidden rounded-lg border border-[var(--border)] bg-[var(--card)]"
    >
      <div className="h-9 border-b border-[var(--border)] bg-[var(--foreground)]/[0.02]" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex items-center gap-4 border-t border-[var(--border)] px-3 py-3 first:border-t-0">
          <div className="h-5 w-20 animate-pulse rounded-full bg-[var(--foreground)]/10" />
          <div className="h-4 w-24 animate-pulse rounded bg-[var(--foreground)]/10" />
          <div className="h-4 flex-1 animate-pulse rounded bg-[var(--foreground)]/[0.07]" />
          <div className="hidden h-4 w-28 animate-pulse rounded bg-[var(--foreground)]/10 sm:block" />
        </div>
      ))}
    </div>
  );
}

/** No rows: with filters, offers to clear them. */
export function EmptyState({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return (
    <Panel role="status">
      <p className="font-medium">{filtered ? "No transactions match" : "No transactions yet"}</p>
      <p className="mt-1 text-sm text-[var(--muted)]">
        {filtered ? "Try fewer or different filters." : "Transactions appear here as soon as the network tracks them."}
      </p>
      {filtered ? (
        <button
          type="button"
          onClick={onClear}
          className="mt-4 h-8 rounded-md bg-[var(--accent)] px-3 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] dark:text-[var(--background)]"
        >
          Clear filters
        </button>
      ) : null}
    </Panel>
  );
}

/**
 * A URL parameter the search cannot use: names it and offers a clean list; for a stale or foreign
 * cursor, also the first page of the same search.
 */
export function BadParameterState({
  param,
  message,
  firstPageHref,
}: {
  param: string;
  message: string;
  firstPageHref?: string;
}) {
  return (
    <Panel role="alert">
      <p className="font-medium">
        This link has an invalid{" "}
        <code className="rounded bg-[var(--foreground)]/10 px-1 py-0.5 font-mono text-[0.9em]">{param}</code> parameter
      </p>
      <p className="mx-auto mt-1 max-w-xl text-sm break-words text-[var(--muted)]">{message}</p>
      <div className="mt-4 flex flex-wrap justify-center gap-2">
        {param === "cursor" && firstPageHref ? (
          <Link
            href={firstPageHref}
            className="inline-flex h-8 items-center rounded-md bg-[var(--accent)] px-3 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] dark:text-[var(--background)]"
          >
            First page
          </Link>
        ) : null}
        <Link
          href="/transactions"
          className={`inline-flex h-8 items-center rounded-md px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] ${param === "cursor" && firstPageHref ? "border border-[var(--border)] bg-[var(--card)]" : "bg-[var(--accent)] text-white dark:text-[var(--background)]"}`}
        >
          Reset filters
        </Link>
      </div>
    </Panel>
  );
}

const TITLE: Record<number, string> = {
  0: "The server cannot be reached",
  502: "The Track API is not answering",
  503: "The Track API is not available",
  504: "The Track API took too long to answer",
};

/** Titles by the BFF's error code, where the status alone would mislead. */
const TITLE_OF_CODE: Record<string, string> = {
  upstream_contract: "The Track API answered in a shape this dashboard cannot read",
};

/** A failed search: what went wrong, and a Retry. */
export function ErrorState({
  status,
  code,
  message,
  onRetry,
  retrying,
}: {
  status: number;
  code?: string;
  message: string;
  onRetry: () => void;
  retrying: boolean;
}) {
  return (
    <Panel role="alert">
      <p className="font-medium">
        {(code && TITLE_OF_CODE[code]) ?? TITLE[status] ?? "The transactions could not be loaded"}
      </p>
      <p className="mx-auto mt-1 max-w-xl text-sm break-words text-[var(--muted)]">{message}</p>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="mt-4 h-8 rounded-md border border-[var(--border)] bg-[var(--card)] px-3 text-sm font-medium hover:border-[var(--muted)]/60 focus-visible:outline-2 focus-visible:outline-[var(--accent)] disabled:opacity-60"
      >
        {retrying ? "Retrying…" : "Retry"}
      </button>
    </Panel>
  );
}
