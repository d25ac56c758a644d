"use client";

import { useCallback } from "react";
import { FILTER_STATE_KEYS, type FilterStateKey } from "@/lib/filters/fields";
import type { SearchParamsState } from "@/lib/filters/url-codec";
import { useSearchState } from "@/lib/queries/transactions";

export { FILTER_STATE_KEYS, type FilterStateKey };
export type FilterPatch = Partial<Pick<SearchParamsState, FilterStateKey>>;

/** Every filter set to its default, for "Clear filters". */
export const CLEARED_FILTERS = Object.fromEntries(FILTER_STATE_KEYS.map((key) => [key, null])) as FilterPatch;

/**
 * The URL's search state and a setter for filters. Every filter change starts over at the first page
 * (the cursor belongs to the old result) and, unless told otherwise, is a history entry so Back undoes it.
 */
export function useFilters() {
  const [state, setState] = useSearchState();
  const setFilters = useCallback(
    (patch: FilterPatch, { history = "push" }: { history?: "push" | "replace" } = {}) =>
      setState({ ...patch, cursor: null }, { history }),
    [setState],
  );
  return [state, setFilters] as const;
}

/** True when any filter is set. */
export const hasFilters = (state: SearchParamsState) => FILTER_STATE_KEYS.some((key) => state[key] !== null);
