"use client";

import { FILTER_FIELDS } from "@/lib/filters/fields";
import { DatesFilter } from "./dates-filter";
import { Disclosure } from "./disclosure";
import { FieldFilter } from "./field-filter";
import { useFilters, type FilterPatch } from "./use-filters";

const MORE_FIELDS = FILTER_FIELDS.filter((field) => field.place === "more");
const MORE_KEYS = MORE_FIELDS.flatMap((f) =>
  f.kind === "timeRange" ? [f.from.state, f.to.state] : [f.key],
) as (keyof FilterPatch)[];

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

/** The Track API's less used filters (the registry's "more" place): sender, receiver, service profile, last updated. */
export function MoreFilters() {
  const [state] = useFilters();
  const count = MORE_KEYS.filter((key) => state[key] !== null).length;
  return (
    <Disclosure
      active={count > 0}
      align="right"
      panelClassName="w-72 p-3"
      button={<span>More{count ? ` · ${count}` : ""}</span>}
    >
      <div className="grid gap-3">
        {MORE_FIELDS.map((field) => (
          <Field key={field.label} label={field.label}>
            {field.kind === "timeRange" ? (
              <DatesFilter field={field} className="min-w-0 flex-1" />
            ) : (
              <FieldFilter field={field} />
            )}
          </Field>
        ))}
      </div>
    </Disclosure>
  );
}
