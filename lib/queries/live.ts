"use client";

import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useState } from "react";

export type LiveStatus = "off" | "connecting" | "live" | "paused" | "trouble";

/**
 * Subscribes to the BFF's "changed" pings for a live view while `enabled`: each ping invalidates
 * the given queries so only what the view shows is refetched. Paused while the tab is hidden;
 * EventSource reconnects by itself after errors (the server sets the retry delay).
 */
export function useLiveUpdates(
  url: string | null,
  invalidate: QueryKey[],
): { status: LiveStatus; lastChangeAt: number | null } {
  const client = useQueryClient();
  // The status belongs to one URL: a new URL starts out "connecting" without a synchronous reset.
  const [state, setState] = useState<{ url: string | null; status: LiveStatus }>({ url, status: "connecting" });
  const [lastChangeAt, setLastChangeAt] = useState<number | null>(null);
  const keys = JSON.stringify(invalidate);

  const supported = typeof EventSource !== "undefined";

  useEffect(() => {
    if (!url || !supported) return;
    const setStatus = (status: LiveStatus) => setState({ url, status });
    let source: EventSource | null = null;
    const open = () => {
      source?.close();
      source = new EventSource(url);
      source.addEventListener("ready", () => {
        setStatus("live");
        // Whatever changed between this page's fetch and the server's baseline is fetched now.
        for (const queryKey of JSON.parse(keys) as QueryKey[]) void client.invalidateQueries({ queryKey });
      });
      source.addEventListener("trouble", () => setStatus("trouble"));
      // Signed out (here or elsewhere): no reconnecting; the refetch gets the 401 that leads to sign-in.
      source.addEventListener("ended", () => {
        source?.close();
        source = null;
        setStatus("off");
        for (const queryKey of JSON.parse(keys) as QueryKey[]) void client.invalidateQueries({ queryKey });
      });
      source.addEventListener("changed", () => {
        setStatus("live");
        setLastChangeAt(Date.now());
        for (const queryKey of JSON.parse(keys) as QueryKey[]) void client.invalidateQueries({ queryKey });
      });
      source.onerror = () => setStatus(source?.readyState === EventSource.CLOSED ? "trouble" : "connecting");
    };
    const onVisibility = () => {
      if (document.hidden) {
        source?.close();
        source = null;
        setStatus("paused");
      } else {
        open();
        // Whatever changed while hidden is fetched once on return.
        for (const queryKey of JSON.parse(keys) as QueryKey[]) void client.invalidateQueries({ queryKey });
      }
    };
    if (!document.hidden) open();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      source?.close();
    };
  }, [url, keys, client, supported]);

  const status: LiveStatus = !url || !supported ? "off" : state.url === url ? state.status : "connecting";
  return { status, lastChangeAt };
}
