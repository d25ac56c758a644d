/** What a part of a page says when it could not be loaded: what, the error's words, and a retry. */
export function LoadFailed({ what, error, retry }: { what: string; error: Error; retry: () => unknown }) {
  return (
    <div role="alert" className="rounded-lg border border-[var(--border)] bg-[var(--card)] p-6 text-sm">
      {what} could not be loaded: {error.message}{" "}
      <button type="button" className="btn ml-2" onClick={() => void retry()}>
        Retry
      </button>
    </div>
  );
}

/** What a part of a page says while it loads ("Loading alert rules…"). */
export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="text-sm text-[var(--muted)]">
      Loading {what}…
    </p>
  );
}
