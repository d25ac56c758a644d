import { embeddedRoute } from "@/lib/track-api/http/route";
import { docsHtml } from "@/lib/track-api/openapi/docs-html";
import { openApiSpec } from "@/lib/track-api/openapi/spec";

/** The API reference page, rendered from the OpenAPI document. */
export const GET = embeddedRoute(
  async (request) =>
    new Response(docsHtml(openApiSpec(new URL(request.url).origin)), {
      headers: { "content-type": "text/html; charset=utf-8" },
    }),
);
