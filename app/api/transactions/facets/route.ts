import { bffError, bffRoute } from "@/lib/bff/route";
import { parseSearchQuery } from "@/lib/bff/search-query";
import type { FacetsView } from "@/lib/domain/facets";
import { trackApi } from "@/lib/track-client/api";

export const dynamic = "force-dynamic";

/** The facet counts of the list's filter (the page's URL parameters); `{facets: null}` when the upstream has none. */
export const GET = bffRoute(async ({ request, call }) => {
  const parsed = parseSearchQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return bffError(400, "invalid_parameter", parsed.problem.message, undefined, parsed.problem.param);
  const facets = await call((token) => trackApi.facets(token, { filter: parsed.request.filter }, request.signal));
  const view: FacetsView = facets ?? { facets: null };
  return Response.json(view, { headers: { "cache-control": "no-store" } });
});
