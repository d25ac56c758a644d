"use client";

import { useState, type KeyboardEvent } from "react";

const KEYS: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * Roving focus over the rows' links: one tab stop for the whole table, ArrowUp/ArrowDown (Home/End) move
 * between rows, Enter follows the focused row's link natively.
 */
export function useRowFocus(count: number) {
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(count - 1, 0));
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = KEYS[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>("a[data-row-link]"));
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    const next = links[move(index, links.length - 1)];
    next.focus();
    next.scrollIntoView?.({ block: "nearest" });
  };
  return { activeIndex, setActive, onKeyDown };
}
