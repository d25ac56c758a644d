import { bffRoute } from "@/lib/bff/route";
import { trackApi } from "@/lib/track-client/api";

export const dynamic = "force-dynamic";

/** The Track API's tracking lag, for the header's indicator; null when the upstream has no health endpoint. */
export const GET = bffRoute(async () => {
  const health = await trackApi.health();
  return Response.json({ trackingLag: health?.trackingLag ?? null }, { headers: { "cache-control": "no-store" } });
});
