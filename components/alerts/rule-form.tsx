"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import {
  ALERT_TYPE_INFO,
  ALERT_TYPES,
  DIRECTIONS,
  NUMBER_PARAMS,
  type AlertRule,
  type AlertType,
} from "@/lib/alerts/types";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import { browserTimeZone } from "@/lib/queries/keys";
import { FieldError, sendJson } from "@/lib/queries/alerts";

const fieldId = (field: string) => `alert-${field.replace(/\W/g, "-")}`;

/** A message under a field, tied to it for screen readers. */
function Problem({ field, error }: { field: string; error: FieldError | null }) {
  if (error?.field !== field) return null;
  return (
    <p id={`${fieldId(field)}-problem`} role="alert" className="mt-1 text-xs text-[var(--danger)]">
      {error.message}
    </p>
  );
}

/**
 * The form of an alert rule: a new one (posted, `initialQuery` fills in its filter), or an existing
 * one of the signed-in person's (`rule`: its fields filled in, the changes patched). A problem is
 * shown under the field it names, which takes the focus.
 */
export function RuleForm({ rule, initialQuery = "" }: { rule?: AlertRule; initialQuery?: string }) {
  const router = useRouter();
  const client = useQueryClient();
  const [type, setType] = useState<AlertType>(rule?.type ?? "count");
  const [error, setError] = useState<FieldError | null>(null);
  const [pending, setPending] = useState(false);
  const shownZone = useTimeZone();
  const info = ALERT_TYPE_INFO[type];

  const describedBy = (field: string) => (error?.field === field ? `${fieldId(field)}-problem` : undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const params: Record<string, unknown> = {};
    for (const key of info.numbers) {
      const raw = String(form.get(key) ?? "").trim();
      params[key] = raw === "" ? null : Number(raw);
    }
    if (info.direction) params.direction = form.get("direction");
    setPending(true);
    setError(null);
    try {
      const fields = { name: form.get("name"), type, query: form.get("query"), params };
      const saved = rule
        ? await sendJson<{ rule: AlertRule }>(`/api/alerts/${encodeURIComponent(rule.id)}`, "PATCH", fields)
        : await sendJson<{ rule: AlertRule }>("/api/alerts", "POST", {
            ...fields,
            timeZone: shownZone ?? browserTimeZone(),
          });
      await client.invalidateQueries({ queryKey: ["alerts"] });
      router.push(`/alerts/${saved.rule.id}`);
    } catch (e) {
      const problem = e instanceof FieldError ? e : new FieldError(0, String(e));
      setError(problem);
      setPending(false);
      if (problem.field) document.getElementById(fieldId(problem.field))?.focus();
    }
  }

  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-xl font-semibold tracking-tight">{rule ? `Edit “${rule.name}”` : "New alert rule"}</h1>
      <form
        onSubmit={submit}
        noValidate
        className="space-y-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-5"
      >
        <div>
          <label htmlFor={fieldId("name")} className="block text-sm font-medium">
            Name
          </label>
          <input
            id={fieldId("name")}
            name="name"
            className="input mt-1 w-full"
            required
            maxLength={120}
            defaultValue={rule?.name}
            aria-invalid={error?.field === "name" || undefined}
            aria-describedby={describedBy("name")}
          />
          <Problem field="name" error={error} />
        </div>
        <div>
          <label htmlFor={fieldId("type")} className="block text-sm font-medium">
            Type
          </label>
          <select
            id={fieldId("type")}
            name="type"
            className="input mt-1 w-full"
            value={type}
            onChange={(e) => setType(e.target.value as AlertType)}
            aria-describedby={[`${fieldId("type")}-help`, describedBy("type")].filter(Boolean).join(" ")}
          >
            {ALERT_TYPES.map((t) => (
              <option key={t} value={t}>
                {ALERT_TYPE_INFO[t].label}
              </option>
            ))}
          </select>
          <p id={`${fieldId("type")}-help`} className="mt-1 text-xs text-[var(--muted)]">
            {info.help}
          </p>
          <Problem field="type" error={error} />
        </div>
        {info.direction ? (
          <div>
            <label htmlFor={fieldId("params.direction")} className="block text-sm font-medium">
              Fire when the count is
            </label>
            <select
              id={fieldId("params.direction")}
              name="direction"
              className="input mt-1 w-full"
              defaultValue={rule?.params.direction ?? "above"}
            >
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {d} the threshold
                </option>
              ))}
            </select>
            <Problem field="params.direction" error={error} />
          </div>
        ) : null}
        {info.numbers.map((key) => {
          const param = NUMBER_PARAMS[key];
          const field = `params.${key}`;
          return (
            <div key={`${type}-${key}`}>
              <label htmlFor={fieldId(field)} className="block text-sm font-medium">
                {param.label}
              </label>
              <input
                id={fieldId(field)}
                name={key}
                type="number"
                inputMode="decimal"
                min={param.min}
                max={param.max}
                step={param.integer ? 1 : 0.01}
                defaultValue={rule?.type === type ? (rule.params[key] ?? param.default) : param.default}
                className="input mt-1 w-40"
                aria-invalid={error?.field === field || undefined}
                aria-describedby={describedBy(field)}
              />
              <Problem field={field} error={error} />
            </div>
          );
        })}
        <div>
          <label htmlFor={fieldId("query")} className="block text-sm font-medium">
            Filter
          </label>
          <input
            id={fieldId("query")}
            name="query"
            defaultValue={rule?.query ?? initialQuery}
            placeholder="status=error&partner=…"
            className="input mt-1 w-full font-mono text-xs"
            aria-invalid={error?.field === "query" || undefined}
            aria-describedby={[`${fieldId("query")}-help`, describedBy("query")].filter(Boolean).join(" ")}
          />
          <p id={`${fieldId("query")}-help`} className="mt-1 text-xs text-[var(--muted)]">
            The transaction list&apos;s filter, as in its address. The received-date range is left out: the rule sets
            its own window.
          </p>
          <Problem field="query" error={error} />
        </div>
        {error &&
        !["name", "type", "query", "params.direction", ...info.numbers.map((k) => `params.${k}`)].includes(
          error.field ?? "",
        ) ? (
          <p role="alert" className="text-sm text-[var(--danger)]">
            {error.message}
          </p>
        ) : null}
        <div className="flex gap-2">
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {rule ? (pending ? "Saving…" : "Save changes") : pending ? "Creating…" : "Create rule"}
          </button>
          <Link href={rule ? `/alerts/${encodeURIComponent(rule.id)}` : "/alerts"} className="btn">
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
