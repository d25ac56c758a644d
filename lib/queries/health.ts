"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";

export interface TrackingLag {
  seconds: number | null;
  level: "ok" | "delay" | "major";
}

/** The Track API's tracking lag, refreshed every 30 s; null when the Track API does not report it. */
export function useTrackingLagQuery() {
  return useQuery({
    queryKey: ["health"],
    queryFn: ({ signal }) =>
      fetchJson<{ trackingLag: TrackingLag | null }>("/api/health", signal).then((h) => h.trackingLag),
    refetchInterval: 30_000,
    staleTime: 15_000,
  });
}
