import { openIdConfiguration } from "@/lib/track-api/auth/discovery";
import { embeddedRoute } from "@/lib/track-api/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Served at /auth/.well-known/openid-configuration through the rewrite in next.config.ts.
export const GET = embeddedRoute(async (request) => Response.json(openIdConfiguration(new URL(request.url).origin)));
