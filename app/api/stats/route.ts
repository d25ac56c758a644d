import { overviewStats, statsViewKey } from "@/lib/bff/overview-stats";
import { bffError, bffRoute } from "@/lib/bff/route";
import { parseStatsQuery } from "@/lib/bff/stats-query";

export const dynamic = "force-dynamic";

export const GET = bffRoute(async ({ request, session, call }) => {
  const params = request.nextUrl.searchParams;
  const parsed = parseStatsQuery(params);
  if (!parsed.ok) return bffError(400, "invalid_parameter", parsed.problem.message, undefined, parsed.problem.param);
  const key = statsViewKey(session.tenant, session.roles, params);
  const stats = await call((token) => overviewStats(token, parsed.request, key));
  return Response.json(stats, { headers: { "cache-control": "no-store" } });
});
