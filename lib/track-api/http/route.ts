import { outageLog } from "@/lib/cluster/outage";
import { config } from "@/lib/config";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { endpointTurnedOff } from "@/lib/track-api/endpoints";
import { recordRequest, takeFault, withoutField } from "@/lib/track-api/faults";
import { HttpError, errorBody, notFound } from "./errors";

const databaseOutage = outageLog("the Track API's database", "its requests are answered 503");

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** JSON response with `cache-control: no-store` (every Track API answer is per-user data). */
export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("cache-control", "no-store");
  return Response.json(body, { ...init, headers });
}

export function errorResponse(error: HttpError): Response {
  return json(errorBody(error), { status: error.status, headers: error.headers });
}

/**
 * Wraps an embedded Track API route handler: answers 404 in remote mode (DESIGN §1) and for an
 * endpoint that TRACK_API_ENDPOINTS turned off (lib/track-api/endpoints.ts), maps
 * `HttpError`s to the uniform error body, a database that does not answer into 503 (logged once per
 * outage), and anything else unexpected into a logged 500.
 */
export function embeddedRoute<C = unknown>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    if (!config.embedded) return errorResponse(new HttpError(404, "not_found", "Not found"));
    try {
      const { pathname } = new URL(request.url);
      // A test upstream without this endpoint answers as the unknown address does (routes/unknown.ts).
      if (endpointTurnedOff(request.method, pathname)) throw notFound("There is no such Track API address");
      recordRequest(pathname, request.headers.get("x-live-loop"));
      const fault = takeFault(pathname);
      if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault?.status === 401) {
        throw new HttpError(401, "invalid_token", "The access token expired", undefined, {
          "WWW-Authenticate": 'Bearer error="invalid_token"',
        });
      }
      if (fault?.status) throw new HttpError(fault.status, "unavailable", "Injected fault");
      const response = await handler(request, context);
      databaseOutage.recovered();
      return await withoutField(response, fault);
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(error);
      // The caller went away (e.g. a BFF timeout): nobody reads this answer, and it is not our fault.
      if (request.signal.aborted) return new Response(null, { status: 499 });
      if (isDatabaseUnavailable(error)) {
        databaseOutage.failed(error);
        return errorResponse(
          new HttpError(
            503,
            "database_unavailable",
            "The Track API's database is not answering. Try again in a moment.",
            undefined,
            {
              "Retry-After": "5",
            },
          ),
        );
      }
      console.error(`[track-api] ${request.method} ${new URL(request.url).pathname} failed`, error);
      return errorResponse(new HttpError(500, "internal_error", "Internal error"));
    }
  };
}
