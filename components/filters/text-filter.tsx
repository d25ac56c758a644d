"use client";

import type { ReactNode } from "react";
import { activeClass, controlClass } from "./control";
import { useDebouncedText } from "./use-debounced-text";

interface TextFilterProps {
  label: string;
  value: string | null;
  onCommit: (next: string | null) => void;
  placeholder?: string;
  icon?: ReactNode;
  type?: "search" | "text";
  className?: string;
  maxLength?: number;
}

/** A free-text filter: committed to the URL ~300 ms after typing stops (or on Enter), replacing history. */
export function TextFilter({
  label,
  value,
  onCommit,
  placeholder,
  icon,
  type = "text",
  className = "",
  maxLength = 200,
}: TextFilterProps) {
  const { draft, setDraft, flush } = useDebouncedText(value, onCommit);
  return (
    <label className={`relative flex items-center ${className}`}>
      <span className="sr-only">{label}</span>
      {icon ? <span className="pointer-events-none absolute left-2.5 text-[var(--muted)]">{icon}</span> : null}
      <input
        type={type}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") flush();
        }}
        placeholder={placeholder ?? label}
        maxLength={maxLength}
        spellCheck={false}
        autoComplete="off"
        className={`${controlClass} w-full ${icon ? "pl-8" : ""} ${value ? activeClass : ""}`}
      />
    </label>
  );
}
