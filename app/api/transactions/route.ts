import { bffError, bffRoute } from "@/lib/bff/route";
import { parseSearchQuery } from "@/lib/bff/search-query";
import { trackApi } from "@/lib/track-client/api";

export const dynamic = "force-dynamic";

export const GET = bffRoute(async ({ request, call }) => {
  const parsed = parseSearchQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return bffError(400, "invalid_parameter", parsed.problem.message, undefined, parsed.problem.param);
  const result = await call((token) => trackApi.search(token, parsed.request, request.signal));
  return Response.json(result, { headers: { "cache-control": "no-store" } });
});
