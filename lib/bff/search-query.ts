import "server-only";
import type { SearchRequest } from "@/lib/filters/schema";
import { loadSearch, toSearchRequest, type UrlProblem } from "@/lib/filters/url";

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses a BFF query string with the page's own URL parsers (plus the viewer's `tz`) into a Track
 * API search request, or the problem named by its URL parameter.
 */
export function parseSearchQuery(
  params: URLSearchParams,
  pageSize?: number,
): { ok: true; request: SearchRequest; timeZone: string } | { ok: false; problem: UrlProblem } {
  const timeZone = params.get("tz") ?? "UTC";
  if (timeZone.length > 64 || !validTimeZone(timeZone))
    return { ok: false, problem: { param: "tz", message: "tz must be an IANA time zone such as Europe/Helsinki" } };
  const result = toSearchRequest(loadSearch(params), { timeZone, pageSize });
  return result.ok ? { ...result, timeZone } : result;
}
