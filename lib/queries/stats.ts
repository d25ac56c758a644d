"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { useState } from "react";
import { OVERVIEW_VIEW_PARAMS, overviewParsers } from "@/lib/filters/overview-params";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import type { StatsView } from "@/lib/domain/stats";
import { previousPeriod } from "@/lib/filters/time-navigation";
import { timeZoneParsers, timeZoneProblem } from "@/lib/filters/time-zone";
import { rawViewParsers, viewProblem } from "@/lib/filters/view-params";
import { BffError, fetchJson } from "./fetch-json";
import { chartBucket, overviewSearch, resolveRange, searchApiUrl, statsApiUrl, statsQueryKey } from "./keys";
import { useLiveUpdates } from "./live";
import { useSearchState } from "./transactions";

export {
  chartBucket,
  DEFAULT_OVERVIEW_RANGE,
  overviewSearch,
  resolveRange,
  statsQueryKey,
  type ResolvedRange,
} from "./keys";

/** The overview's UI-only URL state (bucket, live, compare, tables). */
export function useOverviewView() {
  return useQueryStates(overviewParsers);
}

const rawParsers = { ...rawViewParsers(OVERVIEW_VIEW_PARAMS), ...timeZoneParsers };

/**
 * An overview view parameter the URL gives a value it does not allow (`bucket=minute`, a `tz` that is
 * no time zone), named; else null.
 */
export function useOverviewViewProblem() {
  const [raw] = useQueryStates(rawParsers);
  return viewProblem(raw, OVERVIEW_VIEW_PARAMS) ?? timeZoneProblem(raw.tz);
}

/** Everything the overview derives from its URL: the list search, the shown search, bucket and live. */
export function useOverviewState() {
  const [search] = useSearchState();
  const [view] = useOverviewView();
  // The range's length and end barely move while a page is open; one reading per mount is enough.
  const [now] = useState(() => Date.now());
  const timeZone = useTimeZone();
  const zone = timeZone ?? "UTC";
  const effective = overviewSearch(search);
  const range = resolveRange(effective, now, zone);
  const { bucket, choosable } = chartBucket(range, view.bucket);
  const liveEligible = range?.endsNow ?? false;
  return {
    search,
    effective,
    /** The display zone; "UTC" (and `zoneKnown` false) while the server renders a first visit. */
    timeZone: zone,
    zoneKnown: timeZone !== null,
    bucket,
    bucketChoosable: choosable,
    liveEligible,
    liveOn: liveEligible && view.live !== "off",
    compare: view.compare === "previous",
  };
}

/**
 * The overview's stats for the URL's filters and range (`/api/stats`), shared by every chart: each
 * chart calls this hook and React Query fetches once. Keeps the previous answer while a new one loads.
 */
export function useStatsQuery() {
  const { effective, bucket, timeZone, zoneKnown } = useOverviewState();
  const url = statsApiUrl(effective, bucket, timeZone);
  return useQuery({
    queryKey: statsQueryKey(effective, bucket, timeZone),
    queryFn: ({ signal }) => fetchJson<StatsView>(url, signal),
    placeholderData: keepPreviousData,
    enabled: zoneKnown,
  });
}

/**
 * With `compare=previous`, the stats of the period of the same length just before the one the overview
 * shows (its stated from/to, so the two meet exactly), in the same buckets; one more call of the same
 * BFF route. Null while there is nothing to compare (compare off, or the overview's own stats for
 * this view not there yet), so an earlier comparison is never shown for it.
 */
export function usePreviousStatsQuery() {
  const { effective, bucket, compare, timeZone } = useOverviewState();
  const { data, isPlaceholderData } = useStatsQuery();
  // NOTE: not while the overview's stats are still those of the view before (filters just changed).
  const period = compare && data && !isPlaceholderData ? previousPeriod(data) : null;
  const search = { ...effective, range: null, from: period?.from ?? null, to: period?.to ?? null };
  const url = statsApiUrl(search, bucket, timeZone);
  const query = useQuery({
    queryKey: statsQueryKey(search, bucket, timeZone),
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
  const { effective, bucket, liveOn, timeZone, zoneKnown } = useOverviewState();
  // A link the page or the BFF rejects (a bad view parameter, a value the filter schema refuses) has
  // nothing to follow, nor has a view this person may not see (403: a range that needs the report role).
  const { error } = useStatsQuery();
  const badView = useOverviewViewProblem();
  const rejected = badView !== null || (error instanceof BffError && (error.status === 400 || error.status === 403));
  return useLiveUpdates(
    liveOn && !rejected && zoneKnown ? searchApiUrl("/api/live", effective, timeZone) : null,
    [statsQueryKey(effective, bucket, timeZone)],
    OVERVIEW_REFRESH_MS,
  );
}
