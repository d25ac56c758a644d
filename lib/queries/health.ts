"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";

export interface TrackingLag {
  seconds: number | null;
  level: "ok" | "delay" | "major";
}

/** The Track API's tracking lag, refreshed every 30 s. */
export function useTrackingLagQuery() {
  return useQuery({
    queryKey: ["health"],
    queryFn: ({ signal }) => fetchJson<{ trackingLag: TrackingLag }>("/api/health", signal).then((h) => h.trackingLag),
    refetchInterval: 30_000,
    staleTime: 15_000,
  });
}
