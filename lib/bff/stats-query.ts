import "server-only";
import { STATS_BUCKETS, STATS_GROUP_BY } from "@/lib/domain/enums";
import { statsRequestSchema, type StatsRequest } from "@/lib/filters/stats-schema";
import type { UrlProblem } from "@/lib/filters/url";
import { parseSearchQuery } from "./search-query";

/** Parses `/api/stats?<search params>&bucket=&groupBy=&tz=` into a Track API stats request. */
export function parseStatsQuery(
  params: URLSearchParams,
): { ok: true; request: StatsRequest } | { ok: false; problem: UrlProblem } {
  const search = parseSearchQuery(params);
  if (!search.ok) return search;
  const bucket = params.get("bucket") ?? "hour";
  if (!(STATS_BUCKETS as readonly string[]).includes(bucket))
    return { ok: false, problem: { param: "bucket", message: `bucket must be one of ${STATS_BUCKETS.join(", ")}` } };
  const groupBy = params.get("groupBy") ?? "status";
  if (!(STATS_GROUP_BY as readonly string[]).includes(groupBy))
    return { ok: false, problem: { param: "groupBy", message: `groupBy must be one of ${STATS_GROUP_BY.join(", ")}` } };
  const parsed = statsRequestSchema.safeParse({
    filter: search.request.filter,
    bucket,
    groupBy,
    timeZone: search.timeZone,
  });
  if (!parsed.success) return { ok: false, problem: { param: "query", message: parsed.error.issues[0].message } };
  return { ok: true, request: parsed.data };
}
