"use client";

import { useSyncExternalStore } from "react";

/** Up to this width (px) the list is a card per transaction instead of a table. */
export const PHONE_MAX_WIDTH = 640;
const QUERY = `(max-width: ${PHONE_MAX_WIDTH}px)`;

function subscribe(onChange: () => void) {
  const list = window.matchMedia(QUERY);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
}

/**
 * True on a phone-sized screen. NOTE: false in the server render and during hydration (the server
 * cannot know the width), then the browser's answer; the list's rows only arrive after hydration.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
