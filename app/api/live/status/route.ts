import { liveStatus, liveViewKey } from "@/lib/bff/live/registry";
import { bffError, bffRoute } from "@/lib/bff/route";
import { parseSearchQuery } from "@/lib/bff/search-query";
import { faultsEnabled } from "@/lib/track-api/faults";

export const dynamic = "force-dynamic";

/**
 * How many shared live loops this instance runs and how many viewers it serves: in all, or for the
 * view a search's parameters name (`?view=1&status=error`), test and diagnostics builds only
 * (TRACK_FAULTS=1).
 */
export const GET = bffRoute(async ({ request, session }) => {
  if (!faultsEnabled()) return Response.json({ error: { message: "Not found", code: "not_found" } }, { status: 404 });
  const params = new URLSearchParams(request.nextUrl.searchParams);
  let key: string | undefined;
  if (params.get("view") === "1") {
    params.delete("view");
    const checked = parseSearchQuery(params);
    if (!checked.ok)
      return bffError(400, "invalid_parameter", checked.problem.message, undefined, checked.problem.param);
    key = liveViewKey(session.tenant, params, checked.timeZone);
  }
  return Response.json(liveStatus(key), { headers: { "cache-control": "no-store" } });
});
