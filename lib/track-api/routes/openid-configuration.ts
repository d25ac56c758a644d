import { openIdConfiguration } from "@/lib/track-api/auth/discovery";
import { embeddedRoute } from "@/lib/track-api/http/route";

/** OpenID Connect discovery, with the endpoints at the origin the request came to. */
export const GET = embeddedRoute(async (request) => Response.json(openIdConfiguration(new URL(request.url).origin)));
