"use client";

import { useQuery } from "@tanstack/react-query";
import type { SearchResult } from "@/lib/domain/transaction";
import { serializeSearch, type SearchParamsState } from "@/lib/filters/url-codec";
import { fetchJson } from "@/lib/queries/fetch-json";
import { browserTimeZone, searchApiUrl } from "@/lib/queries/keys";
import { useTimeZone } from "./use-time-zone";

/** The query key prefix of "newer since" counts: live pings invalidate it (use-new-transactions.ts). */
export const NEWER_KEY = "transactions-newer";

/**
 * How many transactions of a list "as of" an instant (`asof`) were stored since: the total of the same
 * search without the bound (one total-only search), less the `shown` total. Null without `asof`, until
 * it is known, or when either total is only a lower bound (`totalRelation: "gte"`).
 */
export function useNewerSince(
  search: SearchParamsState,
  shown: Pick<SearchResult, "total" | "totalRelation"> | undefined,
): number | null {
  const timeZone = useTimeZone() ?? browserTimeZone();
  const widened = { ...search, asOf: null, cursor: null };
  const { data } = useQuery({
    queryKey: [NEWER_KEY, serializeSearch(widened), timeZone],
    queryFn: ({ signal }) =>
      fetchJson<Pick<SearchResult, "total" | "totalRelation">>(
        `${searchApiUrl("/api/transactions", widened, timeZone)}&total=only`,
        signal,
      ),
    enabled: search.asOf !== null && shown !== undefined && shown.totalRelation !== "gte",
  });
  if (search.asOf === null || shown === undefined || !data) return null;
  if (shown.totalRelation === "gte" || data.totalRelation === "gte") return null;
  return Math.max(0, data.total - shown.total);
}
