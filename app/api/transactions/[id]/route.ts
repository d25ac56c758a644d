import { bffRoute } from "@/lib/bff/route";
import { trackApi } from "@/lib/track-client/api";

export const dynamic = "force-dynamic";

export const GET = bffRoute<{ id: string }>(async ({ params, call }) => {
  const detail = await call((token) => trackApi.transaction(token, params.id));
  return Response.json(detail, { headers: { "cache-control": "no-store" } });
});
