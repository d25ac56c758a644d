import { bffError, bffRoute } from "@/lib/bff/route";
import { parseStatsQuery } from "@/lib/bff/stats-query";
import { trackApi } from "@/lib/track-client/api";

export const dynamic = "force-dynamic";

export const GET = bffRoute(async ({ request, call }) => {
  const parsed = parseStatsQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return bffError(400, "invalid_parameter", parsed.problem.message, undefined, parsed.problem.param);
  const stats = await call((token) => trackApi.stats(token, parsed.request));
  return Response.json(stats, { headers: { "cache-control": "no-store" } });
});
