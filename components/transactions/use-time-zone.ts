"use client";

import { createContext, useContext, useSyncExternalStore } from "react";
import { displayTimeZone } from "@/lib/filters/time-zone";
import { browserTimeZone } from "@/lib/queries/keys";

/** What the server knew of the display zone, and the viewer's choice (lib/filters/time-zone.ts). */
export interface TimeZoneChoice {
  /** The link's `tz`, when it is a zone. */
  url: string | null;
  /** The zone the viewer picked, or null for the browser's. */
  picked: string | null;
  /** The browser's zone as its cookie told the server (null on a first visit). */
  browserCookie: string | null;
  /** Picks a zone (null: the browser's), remembered in a cookie. */
  pick: (zone: string | null) => void;
}

export const TimeZoneContext = createContext<TimeZoneChoice | null>(null);

const subscribe = () => () => {};

/** True once the page has hydrated (false in the server's HTML and while hydrating). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * The IANA zone times are shown in: the link's `tz`, else the viewer's pick, else the browser's.
 * NOTE: while rendering on the server and hydrating, the browser's zone is the one its cookie told
 * the server, so the HTML and the first render agree; null when the server did not know it.
 */
export function useTimeZone(): string | null {
  const choice = useContext(TimeZoneContext);
  const browser = useSyncExternalStore(subscribe, browserTimeZone, () => choice?.browserCookie ?? null);
  return displayTimeZone({ url: choice?.url, picked: choice?.picked, browser });
}

/** The viewer's choice of zone and the means to change it (the header's picker). */
export function useTimeZoneChoice(): TimeZoneChoice | null {
  return useContext(TimeZoneContext);
}
