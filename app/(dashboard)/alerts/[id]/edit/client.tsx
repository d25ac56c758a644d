"use client";

import { RuleForm } from "@/components/alerts/rule-form";
import { WayBack } from "@/components/layout/way-back";
import { useAlertRuleQuery } from "@/lib/queries/alerts";

export function EditRule({ id }: { id: string }) {
  const { data, error, refetch } = useAlertRuleQuery(id);
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
  if (!data)
    return (
      <p role="status" className="text-sm text-[var(--muted)]">
        Loading the alert rule…
      </p>
    );
  return <RuleForm rule={data.rule} />;
}
