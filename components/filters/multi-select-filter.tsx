"use client";

import { Disclosure } from "./disclosure";

interface MultiSelectFilterProps<T extends string> {
  label: string;
  options: readonly T[];
  labelOf: (value: T) => string;
  /** The URL's values; unknown ones are ignored here and dropped on the next change. */
  selected: string[] | null;
  onChange: (next: T[] | null) => void;
  swatch?: (value: T) => string;
}

/** A keyboard-accessible multi-select: a disclosure button over a list of checkboxes. */
export function MultiSelectFilter<T extends string>({
  label,
  options,
  labelOf,
  selected,
  onChange,
  swatch,
}: MultiSelectFilterProps<T>) {
  const chosen = options.filter((option) => selected?.includes(option));
  const summary =
    chosen.length === 0
      ? null
      : chosen.length === 1
        ? labelOf(chosen[0])
        : `${labelOf(chosen[0])} +${chosen.length - 1}`;
  const toggle = (option: T, on: boolean) => {
    const next = options.filter((o) => (o === option ? on : chosen.includes(o)));
    onChange(next.length ? next : null);
  };
  return (
    <Disclosure
      active={chosen.length > 0}
      label={chosen.length ? `${label}: ${chosen.map(labelOf).join(", ")}` : label}
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
      <fieldset>
        <legend className="sr-only">{label}</legend>
        <ul className="max-h-72 overflow-y-auto">
          {options.map((option) => (
            <li key={option}>
              <label className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-[var(--foreground)]/5 has-[:focus-visible]:bg-[var(--foreground)]/5">
                <input
                  type="checkbox"
                  className="size-3.5 accent-[var(--accent)]"
                  checked={chosen.includes(option)}
                  onChange={(event) => toggle(option, event.target.checked)}
                />
                {swatch ? (
                  <span aria-hidden className="size-2 rounded-full" style={{ background: swatch(option) }} />
                ) : null}
                {labelOf(option)}
              </label>
            </li>
          ))}
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
