import "server-only";
import type { StatsView } from "@/lib/domain/stats";
import type { StatsRequest } from "@/lib/filters/stats-schema";
import { trackApi } from "@/lib/track-client/api";
import { TrackApiError } from "@/lib/track-client/errors";
import { computedStats } from "./computed-stats";

/** How long a computed overview is served to every viewer of its view: the overview's live interval. */
export const COMPUTED_STATS_TTL_MS = 15_000;

// NOTE: on globalThis because Next.js may bundle this module once per route.
const shared = ((
  globalThis as unknown as { __computedStats?: Map<string, { at: number; value: Promise<StatsView> }> }
).__computedStats ??= new Map());

/**
 * The overview's numbers: the upstream's stats endpoint where it has one; else computed from searches
 * (lib/bff/computed-stats.ts), once per `viewKey` (tenant, roles and the view's query) and live interval,
 * shared by every viewer of that view.
 */
export async function overviewStats(
  token: string,
  request: StatsRequest,
  viewKey: string,
  now = Date.now(),
): Promise<StatsView> {
  try {
    return await trackApi.stats(token, request);
  } catch (error) {
    if (!(error instanceof TrackApiError && error.code === "not_offered")) throw error;
  }
  for (const [key, entry] of shared) if (now - entry.at >= COMPUTED_STATS_TTL_MS) shared.delete(key);
  const hit = shared.get(viewKey);
  if (hit) return hit.value;
  const value = computedStats((body) => trackApi.search(token, body), request, now);
  shared.set(viewKey, { at: now, value });
  value.catch(() => shared.delete(viewKey));
  return value;
}

/** A view's key for sharing its computed overview: who may see it and the query, parameters in order. */
export function statsViewKey(tenant: string, roles: string[], params: URLSearchParams): string {
  const query = new URLSearchParams([...params].sort(([a], [b]) => a.localeCompare(b))).toString();
  return `${tenant}|${[...roles].sort().join(",")}|${query}`;
}
