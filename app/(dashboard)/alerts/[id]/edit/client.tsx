"use client";

import { RuleForm } from "@/components/alerts/rule-form";
import { RuleLoadState } from "@/components/alerts/rule-load-state";
import { useAlertRuleQuery } from "@/lib/queries/alerts";

export function EditRule({ id }: { id: string }) {
  const { data, error, refetch } = useAlertRuleQuery(id);
  if (error || !data) return <RuleLoadState error={error} refetch={refetch} />;
  return <RuleForm rule={data.rule} />;
}
