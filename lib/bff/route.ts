import "server-only";
import type { NextRequest } from "next/server";
import { activeSession } from "@/lib/session/active-session";
import { ensureFresh, sessionExpired } from "@/lib/session/bff-session";
import type { SessionToken } from "@/lib/session/auth-options";
import { TrackApiError } from "@/lib/track-client/errors";
import { forBrowser } from "./upstream-error";

export interface BffContext<P> {
  request: NextRequest;
  params: P;
  session: SessionToken;
  /** Runs an upstream call with a fresh token; an upstream 401 refreshes once and retries. */
  call: <T>(fn: (token: string) => Promise<T>) => Promise<T>;
}

/** The BFF's uniform error answer: `{ error: { message, code, field?, param? } }`. */
export function bffError(status: number, code: string, message: string, field?: string, param?: string): Response {
  return Response.json(
    { error: { message, code, ...(field ? { field } : {}), ...(param ? { param } : {}) } },
    { status, headers: { "cache-control": "no-store" } },
  );
}

/**
 * The one template of a BFF route: session → handler (which parses with the shared schema and calls
 * the Track API through `call`) → JSON; every failure becomes the uniform error body.
 */
export function bffRoute<P = Record<string, never>>(handler: (context: BffContext<P>) => Promise<Response>) {
  return async (request: NextRequest, { params }: { params: Promise<P> }): Promise<Response> => {
    try {
      const stored = await activeSession(request);
      if (!stored) throw sessionExpired();
      let session = await ensureFresh(stored);
      const call = async <T>(fn: (token: string) => Promise<T>): Promise<T> => {
        try {
          return await fn(session.accessToken);
        } catch (error) {
          if (!(error instanceof TrackApiError) || error.status !== 401) throw error;
          session = await ensureFresh(session, true);
          return fn(session.accessToken);
        }
      };
      return await handler({ request, params: await params, session, call });
    } catch (error) {
      if (error instanceof TrackApiError) {
        const { status, code, message, field, param } = forBrowser(error);
        return bffError(status, code, message, field, param);
      }
      console.error(`[bff] ${request.method} ${request.nextUrl.pathname} failed`, error);
      return bffError(500, "internal_error", "Something went wrong on our side. Try again.");
    }
  };
}
