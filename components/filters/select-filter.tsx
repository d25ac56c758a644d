"use client";

import { activeClass, controlClass } from "./control";

interface SelectFilterProps {
  label: string;
  /** `[value, text]` pairs; the first is the default, stored as no URL parameter. */
  options: readonly (readonly [string, string])[];
  value: string | null;
  onChange: (next: string | null) => void;
  className?: string;
}

/** A native single-choice filter; its first option means "any". */
export function SelectFilter({ label, options, value, onChange, className = "" }: SelectFilterProps) {
  const [defaultValue] = options[0];
  const current = value !== null && options.some(([v]) => v === value) ? value : defaultValue;
  return (
    <select
      aria-label={label}
      value={current}
      onChange={(event) => onChange(event.target.value === defaultValue ? null : event.target.value)}
      className={`${controlClass} pr-7 ${current !== defaultValue ? activeClass : ""} ${className}`}
    >
      {options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  );
}
