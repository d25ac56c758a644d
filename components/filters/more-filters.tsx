"use client";

import { controlClass } from "./control";
import { Disclosure } from "./disclosure";
import { dateInputValue } from "./filter-labels";
import { TextFilter } from "./text-filter";
import { useFilters } from "./use-filters";

const MORE_KEYS = ["sender", "receiver", "serviceProfile", "updatedFrom", "updatedTo"] as const;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1">
      <span aria-hidden className="text-xs font-medium text-[var(--muted)]">
        {label}
      </span>
      {children}
    </div>
  );
}

/** The Track API's less used filters: sender, receiver, service profile and last-updated dates. */
export function MoreFilters() {
  const [state, setFilters] = useFilters();
  const count = MORE_KEYS.filter((key) => state[key] !== null).length;
  const replace = { history: "replace" } as const;
  return (
    <Disclosure active={count > 0} align="right" panelClassName="w-72 p-3" button={<span>More{count ? ` · ${count}` : ""}</span>}>
      <div className="grid gap-3">
        <Field label="Sender">
          <TextFilter label="Sender" placeholder="Name or participant id" value={state.sender} onCommit={(sender) => setFilters({ sender }, replace)} />
        </Field>
        <Field label="Receiver">
          <TextFilter label="Receiver" placeholder="Name or participant id" value={state.receiver} onCommit={(receiver) => setFilters({ receiver }, replace)} />
        </Field>
        <Field label="Service profile">
          <TextFilter
            label="Service profile"
            placeholder="e.g. Order-to-Cash"
            value={state.serviceProfile?.join(",") ?? null}
            onCommit={(text) => {
              const profiles = text?.split(",").map((p) => p.trim()).filter(Boolean) ?? [];
              setFilters({ serviceProfile: profiles.length ? profiles : null }, replace);
            }}
          />
        </Field>
        <Field label="Last updated">
          <div className="flex items-center gap-1.5">
            <input type="date" aria-label="Updated from" value={dateInputValue(state.updatedFrom)} onChange={(e) => setFilters({ updatedFrom: e.target.value || null })} className={`${controlClass} min-w-0 flex-1`} />
            <span aria-hidden className="text-[var(--muted)]">
              –
            </span>
            <input type="date" aria-label="Updated to" value={dateInputValue(state.updatedTo)} onChange={(e) => setFilters({ updatedTo: e.target.value || null })} className={`${controlClass} min-w-0 flex-1`} />
          </div>
        </Field>
      </div>
    </Disclosure>
  );
}
