"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { FieldError, useCreateChannel } from "@/lib/queries/alert-channels";
import { SecretOnce } from "./secret-once";
import { cardClass, inputClass, primaryButtonClass } from "./styles";

type Kind = "webhook" | "email";

/**
 * Creates a webhook or an e-mail channel. The server's answer names a refused field, shown under
 * it; a new webhook's secret is shown once in its place.
 */
export function CreateChannelForm({ emailAvailable }: { emailAvailable: boolean }) {
  const id = useId();
  const create = useCreateChannel();
  const [kind, setKind] = useState<Kind>("webhook");
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [done, setDone] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const problem = create.error instanceof FieldError ? create.error : null;
  const fieldMessage = (field: string) => (problem?.field === field ? problem.message : undefined);
  const otherProblem = create.error && !["name", "target", "format", "kind"].includes(problem?.field ?? "");

  if (created)
    return (
      <SecretOnce
        name={created.name}
        secret={created.secret}
        onDone={() => {
          setCreated(null);
          setDone(`Webhook “${created.name}” added`);
        }}
      />
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get("name") ?? "");
    create.mutate(
      {
        kind,
        name,
        target: String(data.get("target") ?? ""),
        ...(kind === "webhook" ? { format: data.get("format") as "json" | "slack" } : {}),
      },
      {
        onSuccess: ({ channel, secret }) => {
          form.current?.reset();
          if (secret) setCreated({ name: channel.name, secret });
          else setDone(`E-mail channel “${channel.name}” added`);
        },
        onError: (error) => {
          const field = error instanceof FieldError ? error.field : undefined;
          form.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
        },
      },
    );
  };

  const described = (field: string) => (fieldMessage(field) ? `${id}-${field}-error` : undefined);
  const error = (field: string) =>
    fieldMessage(field) ? (
      <p id={`${id}-${field}-error`} className="mt-1 text-sm text-[var(--danger)]">
        {fieldMessage(field)}
      </p>
    ) : null;

  return (
    <form
      ref={form}
      onSubmit={submit}
      noValidate
      className={`${cardClass} space-y-4 p-4`}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`} className="font-semibold">
        Add a channel
      </h2>
      <fieldset aria-describedby={described("kind") ?? (emailAvailable ? undefined : `${id}-kind-note`)}>
        <legend className="text-sm font-medium">Kind</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          {(["webhook", "email"] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-1.5">
              <input
                type="radio"
                name="kind"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
                data-field={kind === value ? "kind" : undefined}
              />
              {value === "webhook" ? "Webhook" : "E-mail"}
            </label>
          ))}
        </div>
        {!emailAvailable ? (
          <p id={`${id}-kind-note`} className="mt-1 text-xs text-[var(--muted)]">
            E-mail needs an SMTP server: the operator sets SMTP_URL.
          </p>
        ) : null}
        {error("kind")}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-name`} className="text-sm font-medium">
            Name
          </label>
          <input
            id={`${id}-name`}
            name="name"
            data-field="name"
            maxLength={80}
            required
            className={`${inputClass} mt-1`}
            aria-invalid={!!fieldMessage("name")}
            aria-describedby={described("name")}
          />
          {error("name")}
        </div>
        <div>
          <label htmlFor={`${id}-target`} className="text-sm font-medium">
            {kind === "webhook" ? "URL" : "E-mail address"}
          </label>
          <input
            id={`${id}-target`}
            name="target"
            data-field="target"
            type={kind === "webhook" ? "url" : "email"}
            placeholder={kind === "webhook" ? "https://hooks.example.com/track" : "ops@example.com"}
            required
            className={`${inputClass} mt-1`}
            aria-invalid={!!fieldMessage("target")}
            aria-describedby={described("target")}
          />
          {error("target")}
        </div>
        {kind === "webhook" ? (
          <div>
            <label htmlFor={`${id}-format`} className="text-sm font-medium">
              Body
            </label>
            <select
              id={`${id}-format`}
              name="format"
              data-field="format"
              defaultValue="json"
              className={`${inputClass} mt-1`}
              aria-invalid={!!fieldMessage("format")}
              aria-describedby={described("format")}
            >
              <option value="json">JSON (the alert event, signed)</option>
              <option value="slack">Slack-compatible text</option>
            </select>
            {error("format")}
          </div>
        ) : null}
      </div>
      {otherProblem ? (
        <p role="alert" className="text-sm text-[var(--danger)]">
          {create.error?.message}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <button type="submit" className={primaryButtonClass} disabled={create.isPending}>
          {create.isPending ? "Adding…" : kind === "webhook" ? "Add webhook" : "Add e-mail channel"}
        </button>
        <span role="status" className="text-sm text-[var(--muted)]">
          {done}
        </span>
      </div>
    </form>
  );
}
