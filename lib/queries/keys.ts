// NOTE: no "use client": the server pages build the same query keys and BFF requests to prefetch
// what the browser's hooks would fetch first (lib/bff/first-paint.ts).
import type { StatsBucket } from "@/lib/domain/enums";
import { DAY_MS } from "@/lib/domain/time-buckets";
import { TZ_PARAM } from "@/lib/filters/time-zone";
import { resolveSearch, serializeSearch, type SearchParamsState } from "@/lib/filters/url-codec";

let zone: string | undefined;
/**
 * The browser's IANA time zone. NOTE: read once: building an Intl.DateTimeFormat costs a fraction
 * of a millisecond, and every render asks for it.
 */
export const browserTimeZone = () => (zone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

/** `/api/transactions?…&tz=…` for a search state: the BFF parses it with the same parsers. */
export function searchApiUrl(path: string, state: SearchParamsState, timeZone = browserTimeZone()): string {
  const query = serializeSearch(state);
  return `${path}${query || "?"}${query ? "&" : ""}${TZ_PARAM}=${encodeURIComponent(timeZone)}`;
}

/**
 * The React Query key of a list page: the search as the URL states it and the zone its dates and
 * relative ranges resolve in.
 */
export const transactionsQueryKey = (state: SearchParamsState, timeZone: string) =>
  ["transactions", serializeSearch(state), timeZone] as const;

/** The overview's range when the URL names none (the Track API's own default for hourly stats). */
export const DEFAULT_OVERVIEW_RANGE = "24h";
/** Up to this span a series is by hour; longer ones are by day unless `bucket=hour` asks otherwise. */
const HOURLY_BY_DEFAULT_MS = 2 * DAY_MS;
/** The longest range the Track API splits into hours. */
const MAX_HOURLY_MS = 31 * DAY_MS;

/** The search the overview shows: the URL's, with the default range filled in, sort and cursor dropped. */
export function overviewSearch(state: SearchParamsState): SearchParamsState {
  const open = state.range === null && state.from === null && state.to === null;
  return { ...state, range: open ? DEFAULT_OVERVIEW_RANGE : state.range, sort: null, cursor: null };
}

export interface ResolvedRange {
  /** Span in ms, or null when the search has no start (the Track API then picks one). */
  span: number | null;
  /** True when the range reaches the present, so new transactions can still land in it. */
  endsNow: boolean;
}

/** What a search's received range covers at `now`; null when its range parameters are invalid. */
export function resolveRange(search: SearchParamsState, now: number, timeZone: string): ResolvedRange | null {
  const result = resolveSearch(search, { now, timeZone });
  if (!result.ok) return null;
  const { receivedFrom, receivedTo } = result.search.filter;
  const from = receivedFrom ? Date.parse(receivedFrom) : null;
  const until = receivedTo ? Date.parse(receivedTo) : null;
  if (Number.isNaN(from) || Number.isNaN(until) || (from !== null && until !== null && from > until)) return null;
  return { span: from === null ? null : Math.min(until ?? now, now) - from, endsNow: until === null || until > now };
}

/** The series bucket for a range, and whether both buckets make sense (so a toggle is offered). */
export function chartBucket(
  range: ResolvedRange | null,
  chosen: StatsBucket | null,
): { bucket: StatsBucket; choosable: boolean } {
  const span = range?.span ?? DAY_MS;
  const choosable = span > HOURLY_BY_DEFAULT_MS && span <= MAX_HOURLY_MS;
  const fallback: StatsBucket = span <= HOURLY_BY_DEFAULT_MS ? "hour" : "day";
  return { bucket: choosable && chosen ? chosen : fallback, choosable };
}

/** The React Query key of the overview's stats for a shown search, bucket and zone. */
export const statsQueryKey = (effective: SearchParamsState, bucket: StatsBucket, timeZone: string) =>
  ["stats", serializeSearch(effective), bucket, timeZone] as const;

/** `/api/stats?…` for a shown search, bucket and zone. */
export const statsApiUrl = (effective: SearchParamsState, bucket: StatsBucket, timeZone: string) =>
  `${searchApiUrl("/api/stats", effective, timeZone)}&bucket=${bucket}&groupBy=status`;
