"use client";

import Link from "next/link";

const panel = "rounded-lg border border-[var(--border)] bg-[var(--card)] px-6 py-12 text-center";

/** Placeholder rows while the views load. */
export function ViewsSkeleton() {
  return (
    <div
      role="status"
      aria-label="Loading saved views"
      className="rounded-lg border border-[var(--border)] bg-[var(--card)]"
    >
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="flex items-center gap-4 border-t border-[var(--border)] px-3 py-4 first:border-t-0">
          <div className="h-4 w-48 animate-pulse rounded bg-[var(--foreground)]/10" />
          <div className="h-4 flex-1 animate-pulse rounded bg-[var(--foreground)]/[0.07]" />
        </div>
      ))}
    </div>
  );
}

/** No views yet: where to save one. */
export function ViewsEmpty() {
  return (
    <div role="status" className={panel}>
      <p className="font-medium">No saved views yet</p>
      <p className="mt-1 text-sm text-[var(--muted)]">
        Set the filters you want on the{" "}
        <Link href="/transactions" className="text-[var(--accent)] underline">
          transaction list
        </Link>{" "}
        or the{" "}
        <Link href="/" className="text-[var(--accent)] underline">
          overview
        </Link>{" "}
        and choose “Save view”.
      </p>
    </div>
  );
}

/** The views could not be loaded: the reason and a retry. */
export function ViewsError({
  message,
  onRetry,
  retrying,
}: {
  message: string;
  onRetry: () => void;
  retrying: boolean;
}) {
  return (
    <div role="alert" className={panel}>
      <p className="font-medium">Saved views could not be loaded</p>
      <p className="mt-1 text-sm text-[var(--muted)]">{message}</p>
      <button type="button" className="btn btn-primary mt-4" onClick={onRetry} disabled={retrying}>
        {retrying ? "Retrying…" : "Retry"}
      </button>
    </div>
  );
}
