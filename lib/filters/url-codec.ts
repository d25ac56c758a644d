// NOTE: the browser's half of the URL codec: no validator here, so zod stays out of the page's
// JavaScript. url.ts adds the filter schema's check (`toSearchRequest`) for the BFF.
import { createLoader, createSerializer, parseAsArrayOf, parseAsString, type inferParserType } from "nuqs/server";
import { SORT_DIRECTIONS, SORT_FIELDS, type SortDirection, type SortField } from "@/lib/domain/enums";
import { DAY_MS, HOUR_MS, startOfLocalDay, startOfLocalMonth } from "@/lib/domain/time-buckets";
import {
  FILTER_FIELDS,
  FILTER_STATE_KEYS,
  FILTER_URL_KEYS,
  URL_PARAM_OF_KEY,
  type FilterField,
  type FilterStateKey,
  type ListStateKey,
  type TimeRange,
} from "./fields";
import { readListChoice } from "./exclusion";
import { DEFAULT_SORT } from "./limits";
import { URL_ALIASES, withCurrentNames } from "./url-aliases";
import type { Sort } from "./schema";

/** Relative received-date ranges a view can be pinned to; resolved against "now" on every fetch. */
export const RANGE_PRESETS = ["today", "24h", "7d", "month", "30d", "90d"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

const text = parseAsString;
const list = parseAsArrayOf(parseAsString, ",");
const LIST_KEYS = new Set<string>(
  FILTER_FIELDS.filter((f) => f.kind === "enumSet" || f.kind === "textSet").map((f) => f.key),
);

type FilterParsers = { [K in FilterStateKey]: K extends ListStateKey ? typeof list : typeof text };

/**
 * The URL parameters of a transaction search (lib/filters/fields.ts names them): a public contract
 * (links are pasted into tickets), so names are short and stable. Values stay raw strings here;
 * `toSearchRequest` (url.ts) validates them with the shared filter schema, so a bad value is reported
 * instead of silently dropped.
 */
export const searchParsers = {
  ...(Object.fromEntries(FILTER_STATE_KEYS.map((key) => [key, LIST_KEYS.has(key) ? list : text])) as FilterParsers),
  sort: text,
  cursor: text,
};
export type SearchParamsState = inferParserType<typeof searchParsers>;

export const searchUrlKeys: Partial<Record<keyof typeof searchParsers, string>> = FILTER_URL_KEYS;

/** `?type=invoice&status=error,rejected…` from a search state; defaults (null) are left out. */
export const serializeSearch = createSerializer(searchParsers, { urlKeys: searchUrlKeys });
const loadCurrent = createLoader(searchParsers, { urlKeys: searchUrlKeys });

/**
 * Reads a search state from a URL, a query string (`?status=error`) or `URLSearchParams`. A parameter
 * under a former name (url-aliases.ts) is read as under its current one, so old links keep working.
 */
export function loadSearch(input: string | URL | URLSearchParams): SearchParamsState {
  const params = input instanceof URLSearchParams ? input : new URL(input, "http://localhost").searchParams;
  return loadCurrent(withCurrentNames(params, URL_ALIASES) ?? params);
}

/** The URL parameter a person sees for a state key (`businessPartner` → `partner`). */
export function urlParam(key: keyof typeof searchParsers): string {
  return searchUrlKeys[key] ?? key;
}

/** Maps a Track API error field (`filter.status.0`, `page.cursor`) to the URL parameter behind it. */
export function urlParamForField(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const [head, first, second] = field.split(".");
  // An exclusion's problem (`filter.not.status.0`) is its field's parameter's.
  const key = first === "not" && second ? second : first;
  if (head === "page") return urlParam("cursor");
  if (head === "sort") return urlParam("sort");
  if (head !== "filter" || !key || !Object.hasOwn(URL_PARAM_OF_KEY, key)) return undefined;
  return URL_PARAM_OF_KEY[key as keyof typeof URL_PARAM_OF_KEY];
}

export const formatSort = (sort: Sort): string | null =>
  sort.field === DEFAULT_SORT.field && sort.direction === DEFAULT_SORT.direction
    ? null
    : `${sort.field}.${sort.direction}`;

export function parseSort(value: string | null): Sort | null {
  if (!value) return DEFAULT_SORT;
  const [field, direction = "desc", extra] = value.split(".");
  if (
    extra !== undefined ||
    !(SORT_FIELDS as readonly string[]).includes(field) ||
    !(SORT_DIRECTIONS as readonly string[]).includes(direction)
  )
    return null;
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
  for (const field of FILTER_FIELDS) {
    const problem =
      field.kind === "timeRange"
        ? resolveRange(field, state, filter, { now, timeZone })
        : resolveField(field, state, filter);
    if (problem) return { ok: false, problem };
  }
  const sort = parseSort(state.sort);
  if (!sort)
    return {
      ok: false,
      problem: { param: "sort", message: `sort must look like receivedAt.desc (fields: ${SORT_FIELDS.join(", ")})` },
    };
  return { ok: true, search: { filter, sort, cursor: state.cursor ?? undefined } };
}

/** Copies a one-key field's URL value into the filter; a boolean must be written `true` or `false`. */
function resolveField(
  field: Exclude<FilterField, TimeRange>,
  state: SearchParamsState,
  filter: ResolvedSearch["filter"],
): UrlProblem | null {
  const value = state[field.key];
  if (value === null || (Array.isArray(value) && value.length === 0)) return null;
  if (field.kind === "enumSet") {
    const { exclude, values } = readListChoice(value as string[]);
    if (exclude) ((filter.not ??= {}) as Record<string, string[]>)[field.key] = values;
    else filter[field.key] = values;
  } else if (field.kind !== "boolean") filter[field.key] = value;
  else if (value === "true" || value === "false") filter[field.key] = value === "true";
  else return { param: field.url, message: `${field.url} must be true or false` };
  return null;
}

/** A time range's ends as instants: a relative preset (resolved against `now`), or from/to. */
function resolveRange(
  field: TimeRange,
  state: SearchParamsState,
  filter: ResolvedSearch["filter"],
  { now, timeZone }: { now: number; timeZone: string },
): UrlProblem | null {
  const from = state[field.from.state];
  const to = state[field.to.state];
  const preset = "preset" in field ? state[field.preset] : null;
  if (preset !== null && "preset" in field) {
    const param = field.preset;
    if (!(RANGE_PRESETS as readonly string[]).includes(preset))
      return { param, message: `${param} must be one of ${RANGE_PRESETS.join(", ")}` };
    if (from !== null || to !== null)
      return { param, message: `use either ${param} or ${field.from.url}/${field.to.url}, not both` };
    filter[field.from.key] = new Date(rangeStart(preset as RangePreset, now, timeZone)).toISOString();
  }
  if (from !== null) filter[field.from.key] = toInstant(from, false, timeZone);
  if (to !== null) filter[field.to.key] = toInstant(to, true, timeZone);
  return null;
}
