import { now as clockNow } from "@/lib/clock";
import { MAX_QUERY_LENGTH } from "./limits";
import { searchRequestSchema, type Filter, type SearchRequest } from "./schema";
import { resolveSearch, urlParamForField, type SearchParamsState, type UrlProblem } from "./url-codec";

// NOTE: the server's entry to the URL codec: everything of url-codec.ts, plus the filter schema's
// check. Browser code imports url-codec.ts, so the validator (zod) is not part of the page's JavaScript.
export * from "./url-codec";

/**
 * Turns URL state into a validated Track API search request (relative ranges resolved against
 * `now` in `timeZone`), or the first problem, named by its URL parameter.
 */
export function toSearchRequest(
  state: SearchParamsState,
  { now = clockNow(), timeZone = "UTC", pageSize }: { now?: number; timeZone?: string; pageSize?: number } = {},
): { ok: true; request: SearchRequest } | { ok: false; problem: UrlProblem } {
  const resolved = resolveSearch(state, { now, timeZone });
  if (!resolved.ok) return resolved;
  const { filter, sort, cursor } = resolved.search;
  const parsed = searchRequestSchema.safeParse({ filter, sort, page: { size: pageSize, cursor } });
  if (parsed.success) return { ok: true, request: parsed.data };
  const issue = parsed.error.issues[0];
  const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
  const param = urlParamForField(path.map(String).join(".")) ?? "query";
  return { ok: false, problem: { param, message: `${param}: ${describeIssue(issue, filter, path)}` } };
}

/** Plain words for a validation problem, e.g. `unknown value "lost"; expected one of received, …`. */
function describeIssue(
  issue: { code: string; message: string; values?: readonly unknown[] },
  filter: Record<string, unknown>,
  path: PropertyKey[],
): string {
  if (issue.code === "invalid_value" && issue.values) {
    const [, key, index] = path[1] === "not" ? path.slice(1) : path;
    const raw = (path[1] === "not" ? (filter.not as Record<string, unknown>) : filter)[String(key)];
    const value = Array.isArray(raw) ? raw[Number(index)] : raw;
    return `unknown value "${String(value).slice(0, 40)}"; expected one of ${issue.values.join(", ")}`;
  }
  if (issue.code === "too_big" && path[1] === "q")
    return `the search text is too long (at most ${MAX_QUERY_LENGTH} characters)`;
  // A URL's time may also be a calendar date (the whole day), which the Track API's instants are not.
  if (issue.code === "invalid_format" && /^(received|updated)(From|To)$/.test(String(path[1])))
    return "must be a date like 2026-11-30 or a date-time like 2026-11-30T08:15:00Z";
  // The schema speaks the Track API's words ("must not be before receivedFrom"); the page speaks the URL's.
  return issue.message.replace(/\b(received|updated)(From|To)\b/g, (key) => urlParamForField(`filter.${key}`) ?? key);
}

/** The filter part of a URL state, for counting and exporting; throws on invalid state. */
export function toFilter(state: SearchParamsState, options?: { now?: number; timeZone?: string }): Filter {
  const result = toSearchRequest(state, options);
  if (!result.ok) throw new Error(result.problem.message);
  return result.request.filter;
}
