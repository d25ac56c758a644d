"use client";

import Link from "next/link";
import type { UrlProblem } from "@/lib/filters/url-codec";
import { BffError } from "@/lib/queries/fetch-json";

const panel = "rounded-lg border px-4 py-3 text-sm";

/**
 * Why the overview has no (fresh) numbers: a range that needs the report role (403), a parameter
 * the stats cannot use (400), an overview the Track API cannot give (501 `not_offered`: without a
 * stats endpoint, a series of more buckets than are computed from searches; no Retry, it will not
 * change), or an upstream failure with a Retry. Older numbers stay on screen.
 */
export function StatsProblem({
  error,
  problem = null,
  hasData,
  onRetry,
  retrying,
  shorterHref,
}: {
  error: Error | null;
  /** A parameter the page itself found bad (a view parameter), shown as the BFF's 400 would be. */
  problem?: UrlProblem | null;
  hasData: boolean;
  onRetry: () => void;
  retrying: boolean;
  shorterHref: string;
}) {
  if (problem) return <BadLink param={problem.param} message={problem.message} />;
  const status = error instanceof BffError ? error.status : 0;
  if (status === 403) {
    return (
      <div role="alert" className={`${panel} border-[var(--status-rejected)]/40 bg-[var(--status-rejected)]/5`}>
        <p className="font-medium">This range needs the Report role</p>
        <p className="mt-1 text-[var(--muted)]">
          Ranges longer than 7 days are reports, and your account does not have the <code>report</code> role. Choose
          Today, 24 hours or 7 days, or ask your administrator for the role.
        </p>
        <Link href={shorterHref} className="mt-2 inline-block font-medium text-[var(--accent)] hover:underline">
          Show the last 7 days
        </Link>
      </div>
    );
  }
  if (error instanceof BffError && error.code === "not_offered") {
    return (
      <div role="alert" className={`${panel} border-[var(--border)] bg-[var(--card)]`}>
        <p className="font-medium">The overview is not available</p>
        <p className="mt-0.5 break-words text-[var(--muted)]">{error.message}</p>
        <Link href="/transactions" className="mt-2 inline-block font-medium text-[var(--accent)] hover:underline">
          Go to the transactions
        </Link>
      </div>
    );
  }
  if (status === 400)
    return <BadLink param={error instanceof BffError ? error.param : undefined} message={error?.message ?? ""} />;
  return (
    <div
      role="alert"
      className={`${panel} flex flex-wrap items-center justify-between gap-3 border-[var(--danger)]/40 bg-[var(--danger)]/5`}
    >
      <div>
        <p className="font-medium">
          {hasData ? "The numbers could not be refreshed" : "The overview could not be loaded"}
        </p>
        <p className="mt-0.5 break-words text-[var(--muted)]">
          {error?.message}
          {hasData ? " The numbers shown are from the last successful update." : ""}
        </p>
      </div>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="h-8 rounded-md border border-[var(--border)] bg-[var(--card)] px-3 font-medium disabled:opacity-60"
      >
        {retrying ? "Retrying…" : "Retry"}
      </button>
    </div>
  );
}

/** A link with a parameter the overview cannot use: which one, why, and a way back to a clean overview. */
function BadLink({ param, message }: { param?: string; message: string }) {
  return (
    <div
      role="alert"
      className={`${panel} flex flex-wrap items-center justify-between gap-3 border-[var(--danger)]/40 bg-[var(--danger)]/5`}
    >
      <div>
        <p className="font-medium">{`This link has an invalid ${param ?? ""} parameter`}</p>
        <p className="mt-0.5 break-words text-[var(--muted)]">{message}</p>
      </div>
      <Link href="/" className="font-medium text-[var(--accent)] hover:underline">
        Reset the overview
      </Link>
    </div>
  );
}
