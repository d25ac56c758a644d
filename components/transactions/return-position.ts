"use client";

import { useEffect } from "react";

const KEY = "track-monitor:list-return";

interface ReturnPosition {
  url: string;
  id: string;
  y: number;
}

const here = () => window.location.pathname + window.location.search;

/** Remembers where in the list a drill-down was opened from (called on the row link's click). */
export function rememberReturnPosition(id: string) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ url: here(), id, y: window.scrollY } satisfies ReturnPosition));
  } catch {
    // Storage may be unavailable (private mode, quota); coming back then starts at the top.
  }
}

/**
 * On coming back to the same list URL (Back to list, browser Back), scrolls to where the person was and
 * focuses the row they opened, once the rows are there.
 */
export function useRestoreReturnPosition(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    let saved: ReturnPosition | null = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as ReturnPosition | null;
    } catch {
      return;
    }
    if (!saved || saved.url !== here()) return;
    sessionStorage.removeItem(KEY);
    const link = document.querySelector<HTMLAnchorElement>(`a[data-row-link][data-id="${CSS.escape(saved.id)}"]`);
    window.scrollTo({ top: saved.y });
    if (!link) return;
    link.focus({ preventScroll: true });
    const box = link.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) link.scrollIntoView({ block: "center" });
  }, [ready]);
}
