import { createLoader, createSerializer } from "nuqs/server";
import { LIST_VIEW_PARAMS, listViewParsers } from "@/lib/filters/list-params";
import { OVERVIEW_VIEW_PARAMS, overviewParsers } from "@/lib/filters/overview-params";
import { formatSort, loadSearch, searchParsers, searchUrlKeys, toSearchRequest } from "@/lib/filters/url";
import { URL_ALIASES, withCurrentNames } from "@/lib/filters/url-aliases";
import { viewProblem, type ViewParam } from "@/lib/filters/view-params";
import type { ViewPage } from "./pages";

// Each page's own parsers: the saved query is read exactly as the page reads its URL.
const VIEW_PARAMS: Record<ViewPage, Record<string, ViewParam>> = {
  list: LIST_VIEW_PARAMS,
  overview: OVERVIEW_VIEW_PARAMS,
};
const serializers = {
  list: createSerializer({ ...searchParsers, ...listViewParsers }, { urlKeys: searchUrlKeys }),
  overview: createSerializer({ ...searchParsers, ...overviewParsers }, { urlKeys: searchUrlKeys }),
};
const viewLoaders = { list: createLoader(listViewParsers), overview: createLoader(overviewParsers) };

/**
 * A page's query string in canonical form, as a saved view keeps it: read with the page's own URL
 * parsers (former parameter names as their current ones, url-aliases.ts), checked as the page and the
 * BFF check it, written back with defaults, the page cursor and parameters the page does not read
 * left out. Or the first problem, in the URL's words.
 */
export function canonicalQuery(
  page: ViewPage,
  raw: string,
): { ok: true; query: string } | { ok: false; message: string } {
  const given = new URLSearchParams(raw);
  const params = withCurrentNames(given, URL_ALIASES) ?? given;
  // A saved view opens at its first page: a cursor belongs to one moment's result.
  const loaded = { ...loadSearch(params), cursor: null };
  const checked = toSearchRequest(loaded, { timeZone: "UTC" });
  if (!checked.ok) return { ok: false, message: `query: ${checked.problem.message}` };
  // The default order is left out, as the list's own links leave it out.
  const search = { ...loaded, sort: formatSort(checked.request.sort) };
  const viewParams = VIEW_PARAMS[page];
  const problem = viewProblem(Object.fromEntries(Object.keys(viewParams).map((n) => [n, params.get(n)])), viewParams);
  if (problem) return { ok: false, message: `query: ${problem.message}` };
  const query =
    page === "list"
      ? serializers.list({ ...search, ...viewLoaders.list(params) })
      : // The overview has no order of rows.
        serializers.overview({ ...search, sort: null, ...viewLoaders.overview(params) });
  return { ok: true, query: query.replace(/^\?/, "") };
}
