"use client";

import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { coalesce } from "./coalesce";

export type LiveStatus = "off" | "connecting" | "live" | "paused" | "trouble";

/**
 * The shortest time between two refetches caused by pings, by default. NOTE: with the simulator at
 * its default rate a view changes about every second; refetching each time costs the idle tab a
 * request and a redraw a second. The first change after a quiet spell is still fetched at once.
 */
export const LIVE_REFRESH_MS = 5_000;
const REOPEN_FIRST_MS = 2_000;
const REOPEN_MAX_MS = 30_000;

/**
 * Subscribes to the BFF's "changed" pings for a live view while `url` is set: pings invalidate the
 * given queries (at most once per `minRefreshMs`) so only what the view shows is refetched. Paused
 * while the tab is hidden; EventSource reconnects by itself after a dropped connection (the server
 * sets the delay), and is opened again, with backoff, after an error answer.
 */
export function useLiveUpdates(
  url: string | null,
  invalidate: QueryKey[],
  minRefreshMs = LIVE_REFRESH_MS,
): {
  status: LiveStatus;
  /** When the last "changed" ping was acted on (a refetch), or null before the first. */
  lastChangeAt: number | null;
} {
  const client = useQueryClient();
  // The status belongs to one URL: a new URL starts out "connecting" without a synchronous reset.
  const [state, setState] = useState<{ url: string | null; status: LiveStatus }>({ url, status: "connecting" });
  const [lastChangeAt, setLastChangeAt] = useState<number | null>(null);
  const keys = JSON.stringify(invalidate);

  useEffect(() => {
    if (!url || typeof EventSource === "undefined") return;
    // NOTE: pings come about once a second; a status that did not change must not re-render the page.
    const setStatus = (status: LiveStatus) =>
      setState((prev) => (prev.url === url && prev.status === status ? prev : { url, status }));
    const refresh = () => {
      for (const queryKey of JSON.parse(keys) as QueryKey[]) void client.invalidateQueries({ queryKey });
    };
    // The time of a change is kept when it is acted on (at most once per interval), not on every ping.
    const refreshSoon = coalesce(() => {
      setLastChangeAt(Date.now());
      refresh();
    }, minRefreshMs);
    let source: EventSource | null = null;
    // EventSource gives up for good on an error answer (a balancer with no instance up, say): the
    // stream is opened again after a pause that doubles up to half a minute.
    let reopenMs = REOPEN_FIRST_MS;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      clearTimeout(reopen);
      source?.close();
      source = new EventSource(url);
      source.addEventListener("ready", () => {
        reopenMs = REOPEN_FIRST_MS;
        setStatus("live");
        // Whatever changed between this page's fetch and the server's baseline is fetched now.
        refresh();
      });
      source.addEventListener("trouble", () => setStatus("trouble"));
      // Signed out (here or elsewhere): no reconnecting; the refetch gets the 401 that leads to sign-in.
      source.addEventListener("ended", () => {
        source?.close();
        source = null;
        setStatus("off");
        refresh();
      });
      source.addEventListener("changed", () => {
        setStatus("live");
        refreshSoon();
      });
      source.onerror = () => {
        if (source?.readyState !== EventSource.CLOSED) return setStatus("connecting");
        setStatus("trouble");
        reopen = setTimeout(open, reopenMs);
        reopenMs = Math.min(REOPEN_MAX_MS, reopenMs * 2);
      };
    };
    const onVisibility = () => {
      if (document.hidden) {
        clearTimeout(reopen);
        source?.close();
        source = null;
        refreshSoon.cancel();
        setStatus("paused");
      } else {
        open();
        // Whatever changed while hidden is fetched once on return.
        refresh();
      }
    };
    if (!document.hidden) open();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      clearTimeout(reopen);
      refreshSoon.cancel();
      source?.close();
    };
  }, [url, keys, client, minRefreshMs]);

  // NOTE: not "off" where EventSource is missing: the server render has none, and its HTML must say
  // what the browser's first render says (React error #418 otherwise).
  const status: LiveStatus = !url ? "off" : state.url === url ? state.status : "connecting";
  return { status, lastChangeAt };
}
