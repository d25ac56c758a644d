import "server-only";
import type { SearchRequest } from "@/lib/filters/schema";
import { BAD_TIME_ZONE, isTimeZone, TZ_PARAM } from "@/lib/filters/time-zone";
import { loadSearch, toSearchRequest, type UrlProblem } from "@/lib/filters/url";

/**
 * Parses a BFF query string with the page's own URL parsers (plus the viewer's `tz`) into a Track
 * API search request, or the problem named by its URL parameter.
 */
export function parseSearchQuery(
  params: URLSearchParams,
  pageSize?: number,
): { ok: true; request: SearchRequest; timeZone: string } | { ok: false; problem: UrlProblem } {
  const timeZone = params.get(TZ_PARAM) ?? "UTC";
  if (!isTimeZone(timeZone)) return { ok: false, problem: BAD_TIME_ZONE };
  const result = toSearchRequest(loadSearch(params), { timeZone, pageSize });
  return result.ok ? { ...result, timeZone } : result;
}
