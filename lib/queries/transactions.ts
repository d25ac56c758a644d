"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import type { SearchResult, TransactionView } from "@/lib/domain/transaction";
import { searchParsers, searchUrlKeys, serializeSearch, type SearchParamsState } from "@/lib/filters/url-codec";
import { fetchJson } from "./fetch-json";

let zone: string | undefined;
/**
 * The browser's IANA time zone; relative ranges ("today") and dates resolve in it. NOTE: read once:
 * building an Intl.DateTimeFormat costs a fraction of a millisecond, and every render asks for it.
 */
export const browserTimeZone = () => (zone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

/** The list's search state from the URL (the one place components read it from). */
export function useSearchState() {
  return useQueryStates(searchParsers, { urlKeys: searchUrlKeys });
}

/** `/api/transactions?…&tz=…` for a search state: the BFF parses it with the same parsers. */
export function searchApiUrl(path: string, state: SearchParamsState): string {
  const query = serializeSearch(state);
  return `${path}${query || "?"}${query ? "&" : ""}tz=${encodeURIComponent(browserTimeZone())}`;
}

/** One page of the transaction list for the URL's filters, sort and cursor. */
export function useTransactionsQuery() {
  const [state] = useSearchState();
  const url = searchApiUrl("/api/transactions", state);
  return useQuery({
    queryKey: ["transactions", serializeSearch(state)],
    queryFn: ({ signal }) => fetchJson<SearchResult>(url, signal),
    placeholderData: keepPreviousData,
  });
}

/** One transaction with its events and files (or, in remote mode, what the Track API could not give). */
export function useTransactionQuery(id: string) {
  return useQuery({
    queryKey: ["transaction", id],
    queryFn: ({ signal }) => fetchJson<TransactionView>(`/api/transactions/${encodeURIComponent(id)}`, signal),
  });
}
