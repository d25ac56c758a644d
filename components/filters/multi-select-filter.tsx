"use client";

import { useId, useState } from "react";
import { readListChoice, writeListChoice } from "@/lib/filters/exclusion";
import { Disclosure } from "./disclosure";
import type { ValueCounts } from "./facet-counts";

interface MultiSelectFilterProps<T extends string> {
  label: string;
  options: readonly T[];
  labelOf: (value: T) => string;
  /**
   * The URL's values (`!` before the first one excludes them all: lib/filters/exclusion.ts); unknown
   * ones are ignored here and dropped on the next change.
   */
  selected: string[] | null;
  onChange: (next: string[] | null) => void;
  swatch?: (value: T) => string;
  /** The count beside each value (facet counts); without it, values show no counts. */
  counts?: ValueCounts;
  /** Whether the menu is open, and told when it opens or closes (counts load only while it is open). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

/**
 * A keyboard-accessible multi-select: a disclosure button over a list of checkboxes, and a choice
 * between keeping only the ticked values and leaving them out.
 */
export function MultiSelectFilter<T extends string>({
  label,
  options,
  labelOf,
  selected,
  onChange,
  swatch,
  counts,
  open,
  onOpenChange,
}: MultiSelectFilterProps<T>) {
  const countsId = useId();
  const choice = readListChoice(selected);
  const chosen = options.filter((option) => choice.values.includes(option));
  // With nothing ticked the URL holds no mode: the choice waits here for the first tick.
  const [pendingExclude, setPendingExclude] = useState(false);
  const exclude = chosen.length > 0 ? choice.exclude : pendingExclude;
  const not = exclude && chosen.length > 0 ? "not " : "";
  const summary =
    chosen.length === 0
      ? null
      : chosen.length === 1
        ? `${not}${labelOf(chosen[0])}`
        : `${not}${labelOf(chosen[0])} +${chosen.length - 1}`;
  const write = (values: T[], excluding: boolean) => {
    setPendingExclude(excluding);
    onChange(writeListChoice({ values, exclude: excluding }));
  };
  const toggle = (option: T, on: boolean) =>
    write(
      options.filter((o) => (o === option ? on : chosen.includes(o))),
      exclude,
    );
  return (
    <Disclosure
      open={open}
      onOpenChange={onOpenChange}
      active={chosen.length > 0}
      label={chosen.length ? `${label}: ${not}${chosen.map(labelOf).join(", ")}` : label}
      button={
        <>
          <span className={summary ? "text-[var(--muted)]" : ""}>{label}</span>
          {summary ? (
            <>
              <span aria-hidden className="h-3.5 w-px bg-[var(--border)]" />
              <span className="max-w-36 truncate font-medium" title={summary}>
                {summary}
              </span>
            </>
          ) : null}
        </>
      }
    >
      <fieldset className="mb-1 flex gap-1 border-b border-[var(--border)] px-1 pb-1.5 text-xs">
        <legend className="sr-only">{`${label}: keep or leave out the ticked values`}</legend>
        {(
          [
            [false, "Only these"],
            [true, "All except these"],
          ] as const
        ).map(([excluding, text]) => (
          <label
            key={text}
            className="flex cursor-pointer items-center gap-1.5 rounded-md px-1.5 py-1 hover:bg-[var(--foreground)]/5 has-[:checked]:font-medium has-[:focus-visible]:bg-[var(--foreground)]/5"
          >
            <input
              type="radio"
              className="size-3 accent-[var(--accent)]"
              name={`${label}-mode`}
              checked={exclude === excluding}
              onChange={() => (chosen.length ? write(chosen, excluding) : setPendingExclude(excluding))}
            />
            {text}
          </label>
        ))}
      </fieldset>
      {counts?.note ? (
        <p role="status" className="px-2 pb-1 text-xs text-[var(--muted)]">
          {counts.note}
        </p>
      ) : null}
      <fieldset>
        <legend className="sr-only">{label}</legend>
        <ul className="max-h-72 overflow-y-auto">
          {options.map((option) => {
            const description = counts?.described(option);
            const descriptionId = `${countsId}-${option}`;
            return (
              <li key={option}>
                <label className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-[var(--foreground)]/5 has-[:focus-visible]:bg-[var(--foreground)]/5">
                  <input
                    type="checkbox"
                    className="size-3.5 accent-[var(--accent)]"
                    aria-describedby={description ? descriptionId : undefined}
                    checked={chosen.includes(option)}
                    onChange={(event) => toggle(option, event.target.checked)}
                  />
                  {swatch ? (
                    <span aria-hidden className="size-2 rounded-full" style={{ background: swatch(option) }} />
                  ) : null}
                  {labelOf(option)}
                  {description ? (
                    <span aria-hidden className="ml-auto pl-3 text-xs text-[var(--muted)] tabular-nums">
                      {counts?.text(option)}
                    </span>
                  ) : null}
                </label>
                {/* Outside the label, so that the count describes the checkbox without joining its name. */}
                {description ? (
                  <span id={descriptionId} className="sr-only">
                    {description}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {chosen.length ? (
        <button
          type="button"
          onClick={() => onChange(null)}
          className="mt-1 w-full rounded-md border-t border-[var(--border)] px-2 pt-1.5 pb-1 text-left text-xs text-[var(--muted)] hover:text-[var(--foreground)]"
        >
          Clear {label.toLowerCase()}
        </button>
      ) : null}
    </Disclosure>
  );
}
