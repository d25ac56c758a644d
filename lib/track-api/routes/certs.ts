import { getJwks } from "@/lib/track-api/auth/keys";
import { embeddedRoute } from "@/lib/track-api/http/route";
import { getDb } from "@/lib/track-api/store/db";

/** The signing keys' public halves (JWKS), which clients cache for five minutes. */
export const GET = embeddedRoute(async () =>
  Response.json(await getJwks(await getDb()), { headers: { "Cache-Control": "public, max-age=300" } }),
);
