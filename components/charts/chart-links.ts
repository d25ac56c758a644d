"use client";

import { STATUSES, type Status } from "@/lib/domain/enums";
import { serializeSearch, type SearchParamsState } from "@/lib/filters/url-codec";
import { useOverviewState, useStatsQuery } from "@/lib/queries/stats";

export type ListPatch = Partial<SearchParamsState>;
export interface Span {
  start: string;
  end: string;
}

/**
 * The list URL that shows exactly the rows a chart number counts: the overview's filters, the
 * number's own filters (`patch`) and the time span as absolute from/to (a relative range would
 * move on by the time the list loads).
 */
export function listHref(search: SearchParamsState, span: Span, patch: ListPatch = {}): string {
  return `/transactions${serializeSearch({ ...search, range: null, from: span.start, to: span.end, cursor: null, ...patch })}`;
}

/** The statuses of `wanted` that the search allows, in lifecycle order; null when it allows none. */
export function allowedStatuses(search: Pick<SearchParamsState, "status">, wanted: readonly Status[]): Status[] | null {
  const allowed = STATUSES.filter((s) => wanted.includes(s) && (!search.status || search.status.includes(s)));
  return allowed.length ? allowed : null;
}

/** The statuses a chart shows: the filtered ones, or all. */
export const shownStatuses = (search: Pick<SearchParamsState, "status">): Status[] =>
  allowedStatuses(search, STATUSES) ?? [...STATUSES];

/**
 * Link builder for the charts: `linkTo(patch, span?)` is the list URL for a number under the current
 * filters, over the stats' whole range unless a bucket's span is given, as of the instant the stats
 * were counted at (`asof`), so that transactions stored since do not join the list. An overview
 * without that instant (computed from searches) links to the list as it is now.
 */
export function useListLinks() {
  const { search } = useOverviewState();
  const { data } = useStatsQuery();
  const whole: Span | null = data ? { start: data.from, end: data.to } : null;
  const asOf = data?.asOf ?? null;
  return (patch: ListPatch = {}, span: Span | null = whole) =>
    span ? listHref(search, span, { asOf, ...patch }) : "/transactions";
}
