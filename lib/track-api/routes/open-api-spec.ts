import { config } from "@/lib/config";
import { embeddedRoute, json } from "@/lib/track-api/http/route";
import { openApiSpec } from "@/lib/track-api/openapi/spec";

/** The OpenAPI document, with the server at the configured public address (PUBLIC_URL). */
export const GET = embeddedRoute(async () => json(openApiSpec(config.publicUrl)));
