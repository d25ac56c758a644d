"use client";

import { useSyncExternalStore } from "react";
import { browserTimeZone } from "@/lib/queries/transactions";

const subscribe = () => () => {};

/** The browser's IANA time zone, or null while rendering on the server (avoids a hydration mismatch). */
export function useTimeZone(): string | null {
  return useSyncExternalStore(subscribe, browserTimeZone, () => null);
}
