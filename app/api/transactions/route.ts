import { bffError, bffRoute } from "@/lib/bff/route";
import { parseSearchQuery } from "@/lib/bff/search-query";
import { trackApi } from "@/lib/track-client/api";

export const dynamic = "force-dynamic";

export const GET = bffRoute(async ({ request, call }) => {
  const parsed = parseSearchQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return bffError(400, "invalid_parameter", parsed.problem.message, undefined, parsed.problem.param);
  // The Track API's JSON is the BFF's answer: in embedded mode passed on as it comes, not parsed and
  // written again; in remote mode read through lib/track-client/upstream-shape.ts.
  const upstream = await call((token) => trackApi.searchResponse(token, parsed.request, request.signal));
  return new Response(upstream.body, { headers: { "content-type": "application/json", "cache-control": "no-store" } });
});
