"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { useState } from "react";
import { OVERVIEW_VIEW_PARAMS, overviewParsers } from "@/lib/filters/overview-params";
import type { StatsBucket } from "@/lib/domain/enums";
import type { StatsView } from "@/lib/domain/stats";
import { DAY_MS } from "@/lib/domain/time-buckets";
import { resolveSearch, serializeSearch, type SearchParamsState } from "@/lib/filters/url-codec";
import { previousPeriod } from "@/lib/filters/time-navigation";
import { rawViewParsers, viewProblem } from "@/lib/filters/view-params";
import { BffError, fetchJson } from "./fetch-json";
import { useLiveUpdates } from "./live";
import { browserTimeZone, searchApiUrl, useSearchState } from "./transactions";

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

/** The overview's UI-only URL state (bucket, live, compare, tables). */
export function useOverviewView() {
  return useQueryStates(overviewParsers);
}

const rawParsers = rawViewParsers(OVERVIEW_VIEW_PARAMS);

/** An overview view parameter the URL gives a value it does not allow (`bucket=minute`), named; else null. */
export function useOverviewViewProblem() {
  const [raw] = useQueryStates(rawParsers);
  return viewProblem(raw, OVERVIEW_VIEW_PARAMS);
}

/** Everything the overview derives from its URL: the list search, the shown search, bucket and live. */
export function useOverviewState() {
  const [search] = useSearchState();
  const [view] = useOverviewView();
  // The range's length and end barely move while a page is open; one reading per mount is enough.
  const [now] = useState(() => Date.now());
  const effective = overviewSearch(search);
  const range = resolveRange(effective, now, browserTimeZone());
  const { bucket, choosable } = chartBucket(range, view.bucket);
  const liveEligible = range?.endsNow ?? false;
  return {
    search,
    effective,
    bucket,
    bucketChoosable: choosable,
    liveEligible,
    liveOn: liveEligible && view.live !== "off",
    compare: view.compare === "previous",
  };
}

/** The React Query key of the overview's stats for a shown search and bucket. */
export const statsQueryKey = (effective: SearchParamsState, bucket: StatsBucket) =>
  ["stats", serializeSearch(effective), bucket] as const;

/**
 * The overview's stats for the URL's filters and range (`/api/stats`), shared by every chart: each
 * chart calls this hook and React Query fetches once. Keeps the previous answer while a new one loads.
 */
export function useStatsQuery() {
  const { effective, bucket } = useOverviewState();
  const url = `${searchApiUrl("/api/stats", effective)}&bucket=${bucket}&groupBy=status`;
  return useQuery({
    queryKey: statsQueryKey(effective, bucket),
    queryFn: ({ signal }) => fetchJson<StatsView>(url, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * With `compare=previous`, the stats of the period of the same length just before the one the overview
 * shows (its stated from/to, so the two meet exactly), in the same buckets; one more call of the same
 * BFF route. Null while there is nothing to compare (compare off, or the overview's own stats for
 * this view not there yet), so an earlier comparison is never shown for it.
 */
export function usePreviousStatsQuery() {
  const { effective, bucket, compare } = useOverviewState();
  const { data, isPlaceholderData } = useStatsQuery();
  // NOTE: not while the overview's stats are still those of the view before (filters just changed).
  const period = compare && data && !isPlaceholderData ? previousPeriod(data) : null;
  const search = { ...effective, range: null, from: period?.from ?? null, to: period?.to ?? null };
  const url = `${searchApiUrl("/api/stats", search)}&bucket=${bucket}&groupBy=status`;
  const query = useQuery({
    queryKey: statsQueryKey(search, bucket),
    queryFn: ({ signal }) => fetchJson<StatsView>(url, signal),
    placeholderData: keepPreviousData,
    enabled: period !== null,
  });
  return period ? { ...period, query } : null;
}

/**
 * The shortest time between two live refreshes of the overview. NOTE: a refresh redraws every chart
 * (about 0.3 s of main-thread time on a 2-core machine), so under steady traffic the overview is
 * redrawn four times a minute; a change after a quiet spell still shows within a second or two.
 */
export const OVERVIEW_REFRESH_MS = 15_000;

/** Live updates of the overview: a "changed" ping refetches the stats of the view on screen. */
export function useStatsLive() {
  const { effective, bucket, liveOn } = useOverviewState();
  // A link the page or the BFF rejects (a bad view parameter, a value the filter schema refuses) has
  // nothing to follow, nor has a view this person may not see (403: a range that needs the report role).
  const { error } = useStatsQuery();
  const badView = useOverviewViewProblem();
  const rejected = badView !== null || (error instanceof BffError && (error.status === 400 || error.status === 403));
  return useLiveUpdates(
    liveOn && !rejected ? searchApiUrl("/api/live", effective) : null,
    [statsQueryKey(effective, bucket)],
    OVERVIEW_REFRESH_MS,
  );
}
