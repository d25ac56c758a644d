"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { FacetsView } from "@/lib/domain/facets";
import { serializeSearch, type SearchParamsState } from "@/lib/filters/url-codec";
import { fetchJson } from "./fetch-json";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import { browserTimeZone, searchApiUrl } from "./keys";
import { useSearchState } from "./transactions";

/** Which search a page's filter menus count under: the list's own by default (the overview fills in its range). */
export type FacetScope = (state: SearchParamsState) => SearchParamsState;
const listScope: FacetScope = (state) => state;

/**
 * The facet counts of the URL's filter (every enumerated field at once, so the menus share one
 * request), fetched only while `enabled` (a menu is open) and again whenever the filter changes.
 */
export function useFacetsQuery(enabled: boolean, scope: FacetScope = listScope) {
  const [state] = useSearchState();
  const timeZone = useTimeZone() ?? browserTimeZone();
  const search = { ...scope(state), sort: null, cursor: null };
  const url = searchApiUrl("/api/transactions/facets", search, timeZone);
  return useQuery({
    queryKey: ["facets", serializeSearch(search), timeZone],
    queryFn: ({ signal }) => fetchJson<FacetsView>(url, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}
