import { bffError, bffRoute } from "@/lib/bff/route";
import { parseSearchQuery } from "@/lib/bff/search-query";
import { trackApi } from "@/lib/track-client/api";

export const dynamic = "force-dynamic";

export const GET = bffRoute(async ({ request, call }) => {
  // `total=only`: just how many match (`{total}`, and `totalRelation` when it is a lower bound), from a
  // search of one row (the list's "N newer since").
  const totalOnly = request.nextUrl.searchParams.get("total") === "only";
  const parsed = parseSearchQuery(request.nextUrl.searchParams, totalOnly ? 1 : undefined);
  if (!parsed.ok) return bffError(400, "invalid_parameter", parsed.problem.message, undefined, parsed.problem.param);
  if (totalOnly) {
    const { total, totalRelation } = await call((token) => trackApi.search(token, parsed.request, request.signal));
    return Response.json({ total, totalRelation }, { headers: { "cache-control": "no-store" } });
  }
  // The Track API's JSON is the BFF's answer: in embedded mode passed on as it comes, not parsed and
  // written again; in remote mode read through lib/track-client/upstream-shape.ts.
  const upstream = await call((token) => trackApi.searchResponse(token, parsed.request, request.signal));
  return new Response(upstream.body, { headers: { "content-type": "application/json", "cache-control": "no-store" } });
});
