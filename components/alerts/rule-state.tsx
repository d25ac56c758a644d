import type { AlertRule } from "@/lib/alerts/types";

/** A rule's state in words: firing, ok, not evaluated yet; with "muted" while it is. */
export function RuleState({ rule }: { rule: AlertRule }) {
  const { muted } = rule;
  const text = rule.lastEvaluatedAt === null ? "Not evaluated yet" : rule.state === "firing" ? "Firing" : "OK";
  return (
    <span className="inline-flex items-center gap-1.5" data-testid="rule-state">
      <span
        aria-hidden
        className="size-2 rounded-full"
        style={{
          background:
            rule.state === "firing"
              ? "var(--status-error)"
              : rule.lastEvaluatedAt
                ? "var(--status-delivered)"
                : "var(--muted)",
        }}
      />
      {text}
      {muted ? <span className="text-xs text-[var(--muted)]">(muted)</span> : null}
    </span>
  );
}
