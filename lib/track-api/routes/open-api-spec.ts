import { embeddedRoute, json } from "@/lib/track-api/http/route";
import { openApiSpec } from "@/lib/track-api/openapi/spec";

/** The OpenAPI document, with the server at the origin the request came to. */
export const GET = embeddedRoute(async (request) => json(openApiSpec(new URL(request.url).origin)));
