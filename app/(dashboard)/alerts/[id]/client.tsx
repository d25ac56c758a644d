"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DeliveryLog } from "@/components/alerts/delivery-log";
import { MuteButton } from "@/components/alerts/mute-button";
import { RuleChannels } from "@/components/alerts/rule-channels";
import { RuleLoadState } from "@/components/alerts/rule-load-state";
import { RuleState } from "@/components/alerts/rule-state";
import { VolumeChart } from "@/components/alerts/volume-chart";
import { DateTime } from "@/components/ui/date-time";
import { ALERT_TYPE_INFO, NUMBER_PARAMS, type AlertRule } from "@/lib/alerts/types";
import { sendJson, useAlertRuleQuery } from "@/lib/queries/alerts";

const iso = (ms: number) => new Date(ms).toISOString();

/** The rule's condition in words. */
function condition(rule: AlertRule): string {
  const p = rule.params;
  switch (rule.type) {
    case "count":
      return `Matching transactions in the last ${p.windowMinutes} minutes ${p.direction ?? "above"} ${p.threshold}`;
    case "new":
      return "Any new matching transaction since the last evaluation";
    case "overdue":
      return `More than ${p.threshold} matching transactions past their SLA`;
    case "lag":
      return `Tracking lag above ${p.lagMinutes} minutes`;
    case "volume":
      return `Today's count below ${Math.round((p.fraction ?? NUMBER_PARAMS.fraction.default) * 100)}% of the same time of day on the last four same weekdays (times in ${rule.timeZone})`;
  }
}

export function AlertRuleView({ id }: { id: string }) {
  const router = useRouter();
  const { data, error, refetch } = useAlertRuleQuery(id);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  if (error || !data) return <RuleLoadState error={error} refetch={refetch} />;
  const { rule, episodes } = data;
  const remove = async () => {
    if (!window.confirm(`Delete the alert rule “${rule.name}”?`)) return;
    try {
      await sendJson(`/api/alerts/${encodeURIComponent(rule.id)}`, "DELETE");
      router.push("/alerts");
    } catch (e) {
      setDeleteError((e as Error).message);
    }
  };
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-xs text-[var(--muted)]">
            <Link href="/alerts" className="hover:underline">
              Alerts
            </Link>{" "}
            / {ALERT_TYPE_INFO[rule.type].label}
          </p>
          <h1 className="text-xl font-semibold tracking-tight">{rule.name}</h1>
        </div>
        <div className="flex items-center gap-2">
          <MuteButton rule={rule} />
          <Link href={`/alerts/${encodeURIComponent(rule.id)}/edit`} className="btn">
            Edit
          </Link>
          <button type="button" className="btn" onClick={() => void remove()}>
            Delete
          </button>
        </div>
      </div>
      {deleteError ? (
        <p role="alert" className="text-sm text-[var(--danger)]">
          {deleteError}
        </p>
      ) : null}
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-[var(--muted)]">Condition</dt>
        <dd data-testid="rule-condition">{condition(rule)}</dd>
        <dt className="text-[var(--muted)]">Filter</dt>
        <dd>
          <Link
            href={`/transactions${rule.query ? `?${rule.query}` : ""}`}
            className="font-mono text-xs text-[var(--accent)] hover:underline"
          >
            {rule.query || "All transactions"}
          </Link>
        </dd>
        <dt className="text-[var(--muted)]">State</dt>
        <dd>
          <RuleState rule={rule} />
        </dd>
        <dt className="text-[var(--muted)]">Last evaluated</dt>
        <dd>{rule.lastEvaluatedAt ? <DateTime iso={iso(rule.lastEvaluatedAt)} /> : "Not yet"}</dd>
        {rule.lastValue ? (
          <>
            <dt className="text-[var(--muted)]">Last value</dt>
            <dd className="tabular-nums" data-testid="rule-last-value">
              {rule.lastValue.value ?? "unknown"}
              {rule.lastValue.threshold !== null ? ` (threshold ${rule.lastValue.threshold})` : ""}
            </dd>
          </>
        ) : null}
        <dt className="text-[var(--muted)]">Last error</dt>
        <dd className={rule.lastError ? "text-[var(--danger)]" : undefined} data-testid="rule-last-error">
          {rule.lastError ?? "None"}
        </dd>
      </dl>
      {rule.type === "volume" && rule.lastValue?.baseline ? (
        <section className="rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
          <h2 className="mb-2 text-sm font-semibold">Today against the baseline</h2>
          <VolumeChart measured={rule.lastValue} fraction={rule.params.fraction ?? NUMBER_PARAMS.fraction.default} />
        </section>
      ) : null}
      <section>
        <h2 className="mb-2 text-sm font-semibold">Episodes</h2>
        {episodes.length ? (
          <ul className="divide-y divide-[var(--border)] rounded-lg border border-[var(--border)] bg-[var(--card)] text-sm">
            {episodes.map((episode) => (
              <li
                key={episode.id}
                className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2"
                data-testid="episode"
              >
                <span>
                  Fired <DateTime iso={iso(episode.startedAt)} mode="absolute" />
                </span>
                <span data-testid="episode-state">
                  {episode.resolvedAt ? (
                    <>
                      Resolved <DateTime iso={iso(episode.resolvedAt)} mode="absolute" />
                    </>
                  ) : (
                    "Ongoing"
                  )}
                </span>
                {episode.peakValue !== null ? <span className="tabular-nums">Peak {episode.peakValue}</span> : null}
                <Link href={episode.listPath} className="ml-auto text-[var(--accent)] hover:underline">
                  Transactions at the time
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-[var(--muted)]">No episodes yet: the rule has not fired.</p>
        )}
      </section>
      <section className="rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
        <RuleChannels ruleId={rule.id} />
      </section>
      <section>
        <h2 className="mb-2 text-sm font-semibold">Deliveries</h2>
        <DeliveryLog ruleId={rule.id} label="Deliveries of this rule" />
      </section>
    </div>
  );
}
