import type { ComputedFrom } from "@/lib/domain/stats";
import { formatCount } from "./format";

/** How the overview was computed when the Track API has no statistics endpoint: from searches, partly sampled. */
export function ComputedNote({ computed }: { computed: ComputedFrom }) {
  const { rows, of } = computed.sample;
  return (
    <p
      role="note"
      className="rounded-lg border border-[var(--border)] bg-[var(--card)] px-4 py-2 text-sm text-[var(--muted)]"
    >
      The Track API this dashboard uses has no statistics endpoint: these numbers are computed from{" "}
      {formatCount(computed.searches)} searches. Counts and the series are exact;{" "}
      {rows < of
        ? `breakdowns and delivery times count the newest ${formatCount(rows)} of ${formatCount(of)} transactions.`
        : `breakdowns and delivery times count all ${formatCount(of)} transactions.`}
    </p>
  );
}
