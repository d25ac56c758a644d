"use client";

import { useId, useState, type FormEvent } from "react";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import type { TimeRangeField } from "@/lib/filters/field-types";
import { controlClass } from "./control";
import { DATE_TIME_EXAMPLE, dateTimeText, parseDateTimeText } from "./date-time-text";
import { useFilters, type FilterPatch } from "./use-filters";

interface DatesFilterProps {
  field: TimeRangeField;
  className?: string;
  /** What the inputs start with instead of the URL's from/to (a preset's range, when switching to custom). */
  initial?: { from: string | null; to: string | null };
  /** After Apply, or on Cancel (shown when given). */
  onClose?: () => void;
}

/**
 * A time range's from/to as two inputs in the tables' and chips' format ("1 Dec 2026, 14:30", in the
 * viewer's zone; a date alone is the whole day), applied to the URL together on submit.
 */
export function DatesFilter({ field, className = "", initial, onClose }: DatesFilterProps) {
  const [state, setFilters] = useFilters();
  const timeZone = useTimeZone();
  const problemId = useId();
  const [problem, setProblem] = useState<{ key: "from" | "to"; message: string } | null>(null);
  const from = initial ? initial.from : (state[field.from.state as keyof FilterPatch] as string | null);
  const to = initial ? initial.to : (state[field.to.state as keyof FilterPatch] as string | null);
  // The URL's words until the browser's zone is known (server render and hydration), then local.
  const text = (value: string | null) => (timeZone ? dateTimeText(value, timeZone) : (value ?? ""));

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const zone = timeZone ?? "UTC";
    const patch: Record<string, string | null> = {};
    for (const [key, end] of [
      ["from", field.from],
      ["to", field.to],
    ] as const) {
      const typed = String(data.get(key) ?? "");
      const value = parseDateTimeText(typed, zone);
      if (value === null) {
        setProblem({
          key,
          message: `${end.label}: "${typed.trim()}" is not a date; write it like ${DATE_TIME_EXAMPLE}`,
        });
        return;
      }
      patch[end.state] = value || null;
    }
    setProblem(null);
    setFilters({ ...(field.preset ? { [field.preset]: null } : {}), ...patch } as FilterPatch);
    onClose?.();
  };

  const input = (key: "from" | "to", value: string | null) => (
    <input
      key={`${key}|${timeZone}|${value}`}
      name={key}
      type="text"
      autoComplete="off"
      aria-label={field[key].label}
      placeholder={DATE_TIME_EXAMPLE}
      defaultValue={text(value)}
      aria-invalid={problem?.key === key || undefined}
      aria-describedby={problem?.key === key ? problemId : undefined}
      className={`${controlClass} w-40 ${className}`}
    />
  );
  const button =
    "h-8 rounded-md border border-[var(--border)] px-2.5 text-sm focus-visible:outline-2 focus-visible:outline-[var(--accent)]";
  return (
    <form onSubmit={apply} noValidate aria-label={field.label} className="flex flex-wrap items-center gap-1.5">
      {input("from", from)}
      <span aria-hidden className="text-[var(--muted)]">
        –
      </span>
      {input("to", to)}
      <button type="submit" className={`${button} bg-[var(--card)]`}>
        Apply
      </button>
      {onClose ? (
        <button type="button" onClick={onClose} className={`${button} text-[var(--muted)]`}>
          Cancel
        </button>
      ) : null}
      {problem ? (
        <p id={problemId} role="alert" className="basis-full text-xs text-[var(--danger)]">
          {problem.message}
        </p>
      ) : null}
    </form>
  );
}
