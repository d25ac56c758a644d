"use client";

import Link from "next/link";
import { MuteButton } from "@/components/alerts/mute-button";
import { RuleState } from "@/components/alerts/rule-state";
import { DateTime } from "@/components/ui/date-time";
import { ALERT_TYPE_INFO } from "@/lib/alerts/types";
import { useAlertRulesQuery } from "@/lib/queries/alerts";
import { LoadFailed, Loading } from "@/components/ui/load-state";

export function AlertsView() {
  const { data: rules, error, refetch } = useAlertRulesQuery();
  let body;
  if (error) body = <LoadFailed what="The alert rules" error={error} retry={refetch} />;
  else if (!rules) body = <Loading what="alert rules" />;
  else if (!rules.length)
    body = (
      <div className="rounded-lg border border-dashed border-[var(--border)] p-8 text-center text-sm text-[var(--muted)]">
        <p>
          No alert rules yet. Open a view of the transactions and choose “Alert me about this view”, or start from
          scratch.
        </p>
      </div>
    );
  else
    body = (
      <table className="w-full border-collapse overflow-hidden rounded-lg border border-[var(--border)] bg-[var(--card)] text-sm">
        <thead>
          <tr className="border-b border-[var(--border)] text-left text-xs text-[var(--muted)]">
            <th className="px-3 py-2 font-medium">Rule</th>
            <th className="px-3 py-2 font-medium">Type</th>
            <th className="px-3 py-2 font-medium">State</th>
            <th className="px-3 py-2 font-medium">Last fired</th>
            <th className="px-3 py-2 font-medium">
              <span className="sr-only">Mute</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id} className="border-b border-[var(--border)] last:border-0" data-testid="alert-rule-row">
              <td className="px-3 py-2">
                <Link href={`/alerts/${rule.id}`} className="font-medium text-[var(--accent)] hover:underline">
                  {rule.name}
                </Link>
                {rule.lastError ? <span className="block text-xs text-[var(--danger)]">{rule.lastError}</span> : null}
              </td>
              <td className="px-3 py-2">{ALERT_TYPE_INFO[rule.type].label}</td>
              <td className="px-3 py-2">
                <RuleState rule={rule} />
              </td>
              <td className="px-3 py-2 tabular-nums">
                {rule.lastFiredAt ? <DateTime iso={new Date(rule.lastFiredAt).toISOString()} /> : "Never"}
              </td>
              <td className="px-3 py-2 text-right">
                <MuteButton rule={rule} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-xl font-semibold tracking-tight">Alerts</h1>
        <Link href="/alerts/new" className="btn btn-primary">
          New alert rule
        </Link>
      </div>
      {body}
    </div>
  );
}
