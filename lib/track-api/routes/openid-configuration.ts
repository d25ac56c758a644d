import { openIdConfiguration } from "@/lib/track-api/auth/discovery";
import { embeddedRoute } from "@/lib/track-api/http/route";

/** OpenID Connect discovery, with the endpoints at the configured public address (PUBLIC_URL). */
export const GET = embeddedRoute(async () => Response.json(openIdConfiguration()));
