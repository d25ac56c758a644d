"use client";

import { WayBack } from "@/components/layout/way-back";

/**
 * What a page of one alert rule shows until the rule is there: "no such rule" (another person's or a
 * deleted one), the error with a retry, or loading.
 */
export function RuleLoadState({ error, refetch }: { error: Error | null; refetch: () => unknown }) {
  if (error && (error as { status?: number }).status === 404)
    return <WayBack title="No such alert rule">This alert rule does not exist, or it is not yours.</WayBack>;
  if (error)
    return (
      <div role="alert" className="rounded-lg border border-[var(--border)] bg-[var(--card)] p-6 text-sm">
        The alert rule could not be loaded: {error.message}{" "}
        <button type="button" className="btn ml-2" onClick={() => void refetch()}>
          Retry
        </button>
      </div>
    );
  return (
    <p role="status" className="text-sm text-[var(--muted)]">
      Loading the alert rule…
    </p>
  );
}
