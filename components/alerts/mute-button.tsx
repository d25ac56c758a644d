"use client";

import type { AlertRule } from "@/lib/alerts/types";
import { useUpdateRule } from "@/lib/queries/alerts";

/** How long "Mute" silences a rule. */
const MUTE_MINUTES = 60;

/** Mutes a rule for an hour, or unmutes it; a failure is said next to the button. */
export function MuteButton({ rule }: { rule: AlertRule }) {
  const update = useUpdateRule(rule.id);
  const { muted } = rule;
  return (
    <span className="inline-flex items-center gap-2">
      {update.error ? (
        <span role="alert" className="text-xs text-[var(--danger)]">
          {update.error.message}
        </span>
      ) : null}
      <button
        type="button"
        className="btn"
        disabled={update.isPending}
        aria-label={`${muted ? "Unmute" : "Mute for an hour"}: ${rule.name}`}
        onClick={() => update.mutate({ mute: muted ? null : MUTE_MINUTES })}
      >
        {muted ? "Unmute" : "Mute 1 h"}
      </button>
    </span>
  );
}
