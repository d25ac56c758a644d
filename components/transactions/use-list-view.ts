"use client";

import { useQueryStates } from "nuqs";
import { LIST_VIEW_PARAMS, listViewParsers } from "@/lib/filters/list-params";
import { timeZoneParsers, timeZoneProblem } from "@/lib/filters/time-zone";
import { rawViewParsers, viewProblem } from "@/lib/filters/view-params";

/** The list's UI-only URL state (visible columns, density); never part of the BFF request. */
export function useListView() {
  return useQueryStates(listViewParsers);
}

const rawParsers = { ...rawViewParsers(LIST_VIEW_PARAMS), ...timeZoneParsers };

/**
 * A list view parameter the URL gives a value it does not allow (`density=huge`, a `tz` that is no
 * time zone), named; else null.
 */
export function useListViewProblem() {
  const [raw] = useQueryStates(rawParsers);
  return viewProblem(raw, LIST_VIEW_PARAMS) ?? timeZoneProblem(raw.tz);
}
