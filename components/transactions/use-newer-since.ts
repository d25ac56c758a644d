"use client";

import { useQuery } from "@tanstack/react-query";
import { serializeSearch, type SearchParamsState } from "@/lib/filters/url-codec";
import { fetchJson } from "@/lib/queries/fetch-json";
import { searchApiUrl } from "@/lib/queries/transactions";

/** The query key prefix of "newer since" counts: live pings invalidate it (use-new-transactions.ts). */
export const NEWER_KEY = "transactions-newer";

/**
 * How many transactions of a list "as of" an instant (`asof`) were stored since: the total of the same
 * search without the bound (one total-only search), less the `shown` total. Null without `asof`, or
 * until it is known.
 */
export function useNewerSince(search: SearchParamsState, shown: number | undefined): number | null {
  const widened = { ...search, asOf: null, cursor: null };
  const { data } = useQuery({
    queryKey: [NEWER_KEY, serializeSearch(widened)],
    queryFn: ({ signal }) =>
      fetchJson<{ total: number }>(`${searchApiUrl("/api/transactions", widened)}&total=only`, signal),
    enabled: search.asOf !== null && shown !== undefined,
  });
  if (search.asOf === null || shown === undefined || !data) return null;
  return Math.max(0, data.total - shown);
}
