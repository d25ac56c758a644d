"use client";

import { serializeListUrl } from "@/lib/filters/list-params";
import type { SearchParamsState } from "@/lib/filters/url-codec";
import { useSearchState } from "@/lib/queries/transactions";
import { useListView } from "./use-list-view";

/**
 * Builds URLs that carry the list's whole view (filters, sort, page, columns, density): `listUrl(patch)`
 * for another page of the list, `detailUrl(id)` for a drill-down that can come back to this exact list.
 */
export function useListUrl() {
  const [search] = useSearchState();
  const [view] = useListView();
  const listUrl = (patch: Partial<SearchParamsState> = {}) =>
    `/transactions${serializeListUrl({ ...search, ...view, ...patch })}`;
  const detailUrl = (id: string) =>
    `/transactions/${encodeURIComponent(id)}${serializeListUrl({ ...search, ...view })}`;
  return { listUrl, detailUrl };
}
