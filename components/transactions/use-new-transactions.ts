"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { SearchResult } from "@/lib/domain/transaction";
import { fetchJson } from "@/lib/queries/fetch-json";
import { useLiveUpdates, type LiveStatus } from "@/lib/queries/live";
import { resolveRange } from "@/lib/queries/stats";
import { transactionsQueryKey } from "@/lib/queries/keys";
import { searchApiUrl, useSearchState } from "@/lib/queries/transactions";
import { useListView } from "./use-list-view";
import { NEWER_KEY } from "./use-newer-since";
import { useTimeZone } from "./use-time-zone";

/**
 * Live mode of the list: on the first page of a newest-first list whose range reaches now, "changed"
 * pings refetch a look-ahead copy of the first page instead of the rows on screen, so rows never
 * jump; the difference is offered as "N new transactions". An empty list has no rows to keep in
 * place: pings refetch the list itself, and the first arrivals simply appear.
 */
export function useNewTransactions(shown: SearchResult | undefined): {
  status: LiveStatus;
  newCount: number;
  showNew: () => void;
} {
  const [search] = useSearchState();
  const [view] = useListView();
  const client = useQueryClient();
  const [now] = useState(() => Date.now());
  const timeZone = useTimeZone();
  const zone = timeZone ?? "UTC";
  const eligible =
    timeZone !== null &&
    search.cursor === null &&
    search.sort === null &&
    (resolveRange(search, now, zone)?.endsNow ?? false);
  const liveOn = eligible && view.live !== "off";
  const listKey = transactionsQueryKey(search, zone);
  const latestKey = ["transactions-latest", ...listKey.slice(1)];
  const empty = shown !== undefined && shown.items.length === 0;
  // NOTE: a list as of an instant (`asof`) stays as it is, whatever arrives: its look-ahead copy has
  // the same bound, so no row joins it; only its "N newer since" count moves.
  const live = useLiveUpdates(liveOn ? searchApiUrl("/api/live", search, zone) : null, [
    empty ? [...listKey] : latestKey,
    ...(search.asOf !== null ? [[NEWER_KEY]] : []),
  ]);
  const latest = useQuery({
    queryKey: latestKey,
    queryFn: ({ signal }) => fetchJson<SearchResult>(searchApiUrl("/api/transactions", search, zone), signal),
    enabled: liveOn && !empty && live.lastChangeAt !== null,
  });

  const newest = shown?.items[0]?.receivedAt ?? "";
  const shownIds = new Set(shown?.items.map((t) => t.id));
  const newCount =
    liveOn && !empty && latest.data
      ? latest.data.items.filter((t) => t.receivedAt >= newest && !shownIds.has(t.id)).length
      : 0;
  const showNew = () => {
    if (latest.data) client.setQueryData(listKey, latest.data);
  };
  return { status: live.status, newCount, showNew };
}
