import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";
import { isApiPath, isDecodablePath } from "@/lib/http/path";
import { activeSession } from "@/lib/session/active-session";

/** Pages a signed-out person may see. */
const PUBLIC_PAGES = /^\/sign-in(\/|$)/;

/**
 * In front of every page: a per-request CSP nonce (Next.js puts it on its own scripts), and a
 * signed-out person (or one whose session was ended) sent to sign-in with the exact URL they asked
 * for, so a shared link lands on the same view after sign-in (DESIGN §5). In front of any path that
 * does not decode: a 400 (JSON for the APIs) or the not-found page, instead of Next.js's bare 500.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isDecodablePath(pathname)) {
    if (isApiPath(pathname)) return undecodableApiPath();
    // No route has this path, so the app's own not-found page answers, with its 404.
    return page(request, "/_not-found");
  }
  if (isApiPath(pathname)) return NextResponse.next();
  if (PUBLIC_PAGES.test(pathname) || (await activeSession(request))) return page(request);
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

/** Renders a page (or the page at `rewriteTo`) under a CSP with a fresh nonce. */
function page(request: NextRequest, rewriteTo?: string): NextResponse {
  const policy = contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === "development" });
  // Next.js reads the nonce from the request's CSP header while it renders the page.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const init = { request: { headers } };
  const response = rewriteTo ? NextResponse.rewrite(new URL(rewriteTo, request.url), init) : NextResponse.next(init);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function undecodableApiPath(): NextResponse {
  const error = { message: "The URL path is not validly percent-encoded", code: "invalid_path", field: "path" };
  return NextResponse.json({ error }, { status: 400, headers: { "cache-control": "no-store" } });
}

export const config = {
  matcher: [
    // Pages (sign-in included, for its nonce); the APIs answer 401 JSON and set headers themselves.
    "/((?!api/|auth/|track/|_next/|favicon.ico|robots.txt).*)",
    // NOTE: other paths only when they hold a percent sign: the only ones that may not decode; the
    // busy JSON routes stay out of the proxy.
    "/(api|auth|track|_next)/(.*%.*)",
  ],
};
