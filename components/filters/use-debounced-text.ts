"use client";

import { useEffect, useRef, useState } from "react";

const normalize = (text: string) => (text.trim() ? text : null);

/**
 * A text field's draft bound to a URL value: typing updates the draft at once and commits it after
 * `delayMs` of quiet; a change of the URL value from elsewhere (Clear filters, Back) replaces the draft.
 * NOTE: nuqs's own `debounce()` only delays the URL write, while every hook reading the key sees the new
 * state at once, so the list would fetch on each keystroke; debouncing the draft avoids that.
 */
export function useDebouncedText(value: string | null, commit: (next: string | null) => void, delayMs = 300) {
  const [draft, setDraft] = useState(value ?? "");
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (normalize(draft) !== value) setDraft(value ?? "");
  }

  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });
  useEffect(() => {
    const next = normalize(draft);
    if (next === value) return;
    const timer = setTimeout(() => commitRef.current(next), delayMs);
    return () => clearTimeout(timer);
  }, [draft, value, delayMs]);

  /** Commits the draft now (Enter). */
  const flush = () => {
    const next = normalize(draft);
    if (next !== value) commitRef.current(next);
  };
  return { draft, setDraft, flush };
}
