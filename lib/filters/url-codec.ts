// NOTE: the browser's half of the URL codec: no validator here, so zod stays out of the page's
// JavaScript. url.ts adds the filter schema's check (`toSearchRequest`) for the BFF.
import { createLoader, createSerializer, parseAsArrayOf, parseAsString, type inferParserType } from "nuqs/server";
import { SORT_DIRECTIONS, SORT_FIELDS, type SortDirection, type SortField } from "@/lib/domain/enums";
import { DAY_MS, HOUR_MS, startOfLocalDay, startOfLocalMonth } from "@/lib/domain/time-buckets";
import { DEFAULT_SORT } from "./limits";
import type { FilterKey, Sort } from "./schema";

/** Relative received-date ranges a view can be pinned to; resolved against "now" on every fetch. */
export const RANGE_PRESETS = ["today", "24h", "7d", "month", "30d", "90d"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

const text = parseAsString;
const list = parseAsArrayOf(parseAsString, ",");

/**
 * The URL parameters of a transaction search: a public contract (links are pasted into tickets), so
 * names are short and stable. Values stay raw strings here; `toSearchRequest` (url.ts) validates them
 * with the shared filter schema, so a bad value is reported instead of silently dropped.
 */
export const searchParsers = {
  q: text,
  status: list,
  documentType: list,
  direction: text,
  inChannel: list,
  outChannel: list,
  format: list,
  sender: text,
  receiver: text,
  businessPartner: text,
  serviceProfile: list,
  errorType: list,
  overdue: text,
  range: text,
  from: text,
  to: text,
  updatedFrom: text,
  updatedTo: text,
  sort: text,
  cursor: text,
};
export type SearchParamsState = inferParserType<typeof searchParsers>;

export const searchUrlKeys = {
  documentType: "type",
  direction: "dir",
  inChannel: "in",
  outChannel: "out",
  businessPartner: "partner",
  serviceProfile: "profile",
  errorType: "error",
  updatedFrom: "ufrom",
  updatedTo: "uto",
} as const satisfies Partial<Record<keyof typeof searchParsers, string>>;

/** `?type=invoice&status=error,rejected…` from a search state; defaults (null) are left out. */
export const serializeSearch = createSerializer(searchParsers, { urlKeys: searchUrlKeys });
/** Reads a search state from a URL, `URLSearchParams` or a page's `searchParams`. */
export const loadSearch = createLoader(searchParsers, { urlKeys: searchUrlKeys });

/** The URL parameter a person sees for a state key (`businessPartner` → `partner`). */
export function urlParam(key: keyof typeof searchParsers): string {
  return (searchUrlKeys as Record<string, string>)[key] ?? key;
}

const FILTER_PARAM: Partial<Record<FilterKey | "page" | "sort", keyof typeof searchParsers>> = {
  receivedFrom: "from",
  receivedTo: "to",
  page: "cursor",
  sort: "sort",
};

/** Maps a Track API error field (`filter.status.0`, `page.cursor`) to the URL parameter behind it. */
export function urlParamForField(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const [head, key] = field.split(".");
  if (head === "page" || head === "sort") return urlParam(FILTER_PARAM[head]!);
  if (head !== "filter" || !key) return undefined;
  const stateKey = FILTER_PARAM[key as FilterKey] ?? (key in searchParsers ? (key as keyof typeof searchParsers) : undefined);
  return stateKey ? urlParam(stateKey) : undefined;
}

export const formatSort = (sort: Sort): string | null =>
  sort.field === DEFAULT_SORT.field && sort.direction === DEFAULT_SORT.direction ? null : `${sort.field}.${sort.direction}`;

export function parseSort(value: string | null): Sort | null {
  if (!value) return DEFAULT_SORT;
  const [field, direction = "desc", extra] = value.split(".");
  if (extra !== undefined || !(SORT_FIELDS as readonly string[]).includes(field) || !(SORT_DIRECTIONS as readonly string[]).includes(direction)) return null;
  return { field: field as SortField, direction: direction as SortDirection };
}

export interface UrlProblem {
  param: string;
  message: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date-time as is; a calendar date as the start (or, for `to`, the end) of that day in `timeZone`. */
function toInstant(value: string, end: boolean, timeZone: string): string {
  if (!DATE_ONLY.test(value)) return value;
  const noon = Date.parse(`${value}T12:00:00Z`);
  // A date that does not exist (2026-02-30, which Date.parse rolls over into March) stays as written,
  // for the filter schema to refuse.
  if (Number.isNaN(noon) || new Date(noon).toISOString().slice(0, 10) !== value) return value;
  return new Date(startOfLocalDay(noon + (end ? DAY_MS : 0), timeZone)).toISOString();
}

/** Resolves a range preset to the start of its window. */
export function rangeStart(preset: RangePreset, now: number, timeZone: string): number {
  if (preset === "today") return startOfLocalDay(now, timeZone);
  if (preset === "month") return startOfLocalMonth(now, timeZone);
  const hours = { "24h": 24, "7d": 7 * 24, "30d": 30 * 24, "90d": 90 * 24 }[preset as "24h"];
  return now - hours * HOUR_MS;
}

/** A search as the URL states it, in the Track API's terms, before the filter schema has checked its values. */
export interface ResolvedSearch {
  filter: { receivedFrom?: string; receivedTo?: string; [key: string]: unknown };
  sort: Sort;
  cursor: string | undefined;
}

/**
 * Turns URL state into the Track API's terms (relative ranges resolved against `now` in `timeZone`,
 * dates to instants), or the first problem of the URL itself, named by its URL parameter.
 */
export function resolveSearch(
  state: SearchParamsState,
  { now = Date.now(), timeZone = "UTC" }: { now?: number; timeZone?: string } = {},
): { ok: true; search: ResolvedSearch } | { ok: false; problem: UrlProblem } {
  const filter: ResolvedSearch["filter"] = {};
  for (const key of ["q", "status", "documentType", "direction", "inChannel", "outChannel", "format", "sender", "receiver", "businessPartner", "serviceProfile", "errorType"] as const) {
    const value = state[key];
    if (value !== null && !(Array.isArray(value) && value.length === 0)) filter[key] = value;
  }
  if (state.overdue !== null) {
    if (state.overdue !== "true" && state.overdue !== "false") return { ok: false, problem: { param: "overdue", message: "overdue must be true or false" } };
    filter.overdue = state.overdue === "true";
  }
  if (state.range !== null) {
    if (!(RANGE_PRESETS as readonly string[]).includes(state.range)) {
      return { ok: false, problem: { param: "range", message: `range must be one of ${RANGE_PRESETS.join(", ")}` } };
    }
    if (state.from !== null || state.to !== null) return { ok: false, problem: { param: "range", message: "use either range or from/to, not both" } };
    filter.receivedFrom = new Date(rangeStart(state.range as RangePreset, now, timeZone)).toISOString();
  }
  if (state.from !== null) filter.receivedFrom = toInstant(state.from, false, timeZone);
  if (state.to !== null) filter.receivedTo = toInstant(state.to, true, timeZone);
  if (state.updatedFrom !== null) filter.updatedFrom = toInstant(state.updatedFrom, false, timeZone);
  if (state.updatedTo !== null) filter.updatedTo = toInstant(state.updatedTo, true, timeZone);
  const sort = parseSort(state.sort);
  if (!sort) return { ok: false, problem: { param: "sort", message: `sort must look like receivedAt.desc (fields: ${SORT_FIELDS.join(", ")})` } };
  return { ok: true, search: { filter, sort, cursor: state.cursor ?? undefined } };
}
