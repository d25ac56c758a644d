"use client";

import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { useChannelsQuery, useRuleChannelsQuery, useSaveRuleChannels } from "@/lib/queries/alert-channels";
import { buttonClass, primaryButtonClass } from "./styles";

/**
 * Which of the user's channels (webhooks, e-mail) a rule notifies: a checkbox per channel, saved
 * with PUT /api/alerts/rules/[ruleId]/channels. For the rule's page.
 */
export function RuleChannels({ ruleId }: { ruleId: string }) {
  const id = useId();
  const channels = useChannelsQuery();
  const linked = useRuleChannelsQuery(ruleId);
  const save = useSaveRuleChannels(ruleId);
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [saved, setSaved] = useState("");

  if (channels.isPending || linked.isPending)
    return (
      <p role="status" className="text-sm text-[var(--muted)]">
        Loading channels…
      </p>
    );
  if (channels.isError || linked.isError)
    return (
      <div role="alert" className="flex flex-wrap items-center gap-3 text-sm">
        <span>The channels could not be loaded: {(channels.error ?? linked.error)?.message}</span>
        <button
          type="button"
          className={buttonClass}
          onClick={() => {
            void channels.refetch();
            void linked.refetch();
          }}
        >
          Retry
        </button>
      </div>
    );
  if (channels.data.channels.length === 0)
    return (
      <p className="text-sm text-[var(--muted)]">
        No webhook or e-mail channels yet.{" "}
        <Link href="/alerts/channels" className="text-[var(--accent)] underline">
          Add one
        </Link>{" "}
        to be notified outside the app.
      </p>
    );

  const current = chosen ?? new Set(linked.data.channelIds);
  const toggle = (channelId: string, on: boolean) => {
    const next = new Set(current);
    if (on) next.add(channelId);
    else next.delete(channelId);
    setChosen(next);
    setSaved("");
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate([...current], {
      onSuccess: () => {
        setChosen(null);
        setSaved("Channels saved");
      },
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-legend`}>
      <fieldset>
        <legend id={`${id}-legend`} className="text-sm font-medium">
          Also notify
        </legend>
        <ul className="mt-2 space-y-1.5">
          {channels.data.channels.map((c) => (
            <li key={c.id}>
              <label className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" checked={current.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                {c.name}
                <span className="text-[var(--muted)]">
                  ({c.kind === "webhook" ? "webhook" : "e-mail"} · {c.target})
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryButtonClass} disabled={save.isPending || chosen === null}>
          {save.isPending ? "Saving…" : "Save channels"}
        </button>
        <span role="status" className="text-sm">
          {save.error ? <span className="text-[var(--danger)]">{save.error.message}</span> : saved}
        </span>
      </div>
    </form>
  );
}
