import { embeddedRoute, json } from "@/lib/track-api/http/route";
import { openApiSpec } from "@/lib/track-api/openapi/spec";

export const dynamic = "force-dynamic";

export const GET = embeddedRoute(async (request) => json(openApiSpec(new URL(request.url).origin)));
