"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import type { SearchResult, TransactionView } from "@/lib/domain/transaction";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import { searchParsers, searchUrlKeys } from "@/lib/filters/url-codec";
import { fetchJson } from "./fetch-json";
import { searchApiUrl, transactionsQueryKey } from "./keys";

export { browserTimeZone, searchApiUrl } from "./keys";

/** The list's search state from the URL (the one place components read it from). */
export function useSearchState() {
  return useQueryStates(searchParsers, { urlKeys: searchUrlKeys });
}

/**
 * One page of the transaction list for the URL's filters, sort and cursor, in the display zone
 * (dates and relative ranges resolve in it). Waits for the zone when the server did not know it.
 */
export function useTransactionsQuery() {
  const [state] = useSearchState();
  const timeZone = useTimeZone();
  const zone = timeZone ?? "UTC";
  const url = searchApiUrl("/api/transactions", state, zone);
  return useQuery({
    queryKey: transactionsQueryKey(state, zone),
    queryFn: ({ signal }) => fetchJson<SearchResult>(url, signal),
    placeholderData: keepPreviousData,
    enabled: timeZone !== null,
  });
}

/** One transaction with its events and files (or, in remote mode, what the Track API could not give). */
export function useTransactionQuery(id: string) {
  return useQuery({
    queryKey: ["transaction", id],
    queryFn: ({ signal }) => fetchJson<TransactionView>(`/api/transactions/${encodeURIComponent(id)}`, signal),
  });
}
