"use client";

import { STATUS_STYLE } from "@/lib/domain/status-style";
import { CHANNEL_LABEL, DOCUMENT_TYPE_LABEL, ERROR_TYPE_LABEL, FORMAT_LABEL } from "@/lib/domain/labels";
import type { SearchParamsState } from "@/lib/filters/url-codec";
import { isRangePreset, RANGE_LABEL } from "./filter-labels";
import { CLEARED_FILTERS, FILTER_STATE_KEYS, useFilters, type FilterStateKey } from "./use-filters";

const label = (map: Record<string, string>) => (value: string) => map[value] ?? value;
const statusLabel = (value: string) => STATUS_STYLE[value as keyof typeof STATUS_STYLE]?.label ?? value;

const CHIPS: Record<FilterStateKey, [name: string, valueLabel?: (value: string) => string]> = {
  q: ["Search"],
  status: ["Status", statusLabel],
  documentType: ["Type", label(DOCUMENT_TYPE_LABEL)],
  direction: ["Direction", label({ inbound: "Inbound", outbound: "Outbound" })],
  inChannel: ["In channel", label(CHANNEL_LABEL)],
  outChannel: ["Out channel", label(CHANNEL_LABEL)],
  format: ["Format", label(FORMAT_LABEL)],
  sender: ["Sender"],
  receiver: ["Receiver"],
  businessPartner: ["Partner"],
  serviceProfile: ["Profile"],
  errorType: ["Error type", label(ERROR_TYPE_LABEL)],
  overdue: ["Overdue", label({ true: "Yes", false: "No" })],
  range: ["Received", (value) => (isRangePreset(value) ? RANGE_LABEL[value] : value)],
  from: ["Received from"],
  to: ["Received to"],
  updatedFrom: ["Updated from"],
  updatedTo: ["Updated to"],
};

/** The human text of one filter's value (`Error, Rejected`). */
export function describeFilter(key: FilterStateKey, value: SearchParamsState[FilterStateKey]): string {
  const format = CHIPS[key][1] ?? String;
  return (Array.isArray(value) ? value : [value ?? ""]).map(format).join(", ");
}

/** The set filters as removable chips, with "Clear filters" when any is set. */
export function ActiveFilterChips() {
  const [state, setFilters] = useFilters();
  const active = FILTER_STATE_KEYS.filter((key) => state[key] !== null);
  if (!active.length) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-1.5 text-xs">
      {active.map((key) => {
        const text = describeFilter(key, state[key]);
        return (
          <li key={key}>
            <button
              type="button"
              onClick={() => setFilters({ [key]: null })}
              aria-label={`Remove filter ${CHIPS[key][0]}: ${text}`}
              className="group inline-flex max-w-80 items-center gap-1 rounded-full border border-[var(--border)] bg-[var(--card)] py-0.5 pr-1.5 pl-2.5 hover:border-[var(--muted)]/60 focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
            >
              <span className="text-[var(--muted)]">{CHIPS[key][0]}:</span>
              <span className="truncate font-medium">{text}</span>
              <span aria-hidden className="text-[var(--muted)] group-hover:text-[var(--foreground)]">
                ×
              </span>
            </button>
          </li>
        );
      })}
      <li>
        <button type="button" onClick={() => setFilters(CLEARED_FILTERS)} className="rounded px-1.5 py-0.5 font-medium text-[var(--accent)] hover:underline focus-visible:outline-2 focus-visible:outline-[var(--accent)]">
          Clear filters
        </button>
      </li>
    </ul>
  );
}
