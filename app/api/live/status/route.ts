import { liveStatus } from "@/lib/bff/live/registry";
import { bffRoute } from "@/lib/bff/route";
import { faultsEnabled } from "@/lib/track-api/faults";

export const dynamic = "force-dynamic";

/** How many shared live loops run (test and diagnostics builds only: TRACK_FAULTS=1). */
export const GET = bffRoute(async () => {
  if (!faultsEnabled()) return Response.json({ error: { message: "Not found", code: "not_found" } }, { status: 404 });
  return Response.json(liveStatus(), { headers: { "cache-control": "no-store" } });
});
