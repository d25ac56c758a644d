import { config } from "@/lib/config";
import { embeddedRoute } from "@/lib/track-api/http/route";
import { docsHtml } from "@/lib/track-api/openapi/docs-html";
import { openApiSpec } from "@/lib/track-api/openapi/spec";

/** The API reference page, rendered from the OpenAPI document (server at PUBLIC_URL). */
export const GET = embeddedRoute(
  async () =>
    new Response(docsHtml(openApiSpec(config.publicUrl)), {
      headers: { "content-type": "text/html; charset=utf-8" },
    }),
);
