import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { isApiPath, isDecodablePath } from "@/lib/http/path";
import { secureCookies } from "@/lib/session/cookie";
import { authSecret } from "@/lib/session/secret";

/** Pages a signed-out person may see. */
const PUBLIC_PAGES = /^\/sign-in(\/|$)/;

/**
 * In front of every page: a signed-out person is sent to sign-in with the exact URL they asked for,
 * so a shared link lands on the same view after sign-in (DESIGN §5). In front of any path that does
 * not decode: a 400 (JSON for the APIs) or the not-found page, instead of Next.js's bare 500.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isDecodablePath(pathname)) {
    if (isApiPath(pathname)) return undecodableApiPath();
    // No route has this path, so the app's own not-found page answers, with its 404.
    return NextResponse.rewrite(new URL("/_not-found", request.url));
  }
  if (isApiPath(pathname)) return NextResponse.next();
  if (PUBLIC_PAGES.test(pathname) || (await signedIn(request))) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

async function signedIn(request: NextRequest): Promise<boolean> {
  return Boolean(await getToken({ req: request, secret: authSecret(), secureCookie: secureCookies() }));
}

function undecodableApiPath(): NextResponse {
  const error = { message: "The URL path is not validly percent-encoded", code: "invalid_path", field: "path" };
  return NextResponse.json({ error }, { status: 400, headers: { "cache-control": "no-store" } });
}

export const config = {
  matcher: [
    // Pages only: the BFF answers 401 JSON itself, the Track API and next-auth have their own auth.
    "/((?!api/|auth/|track/|_next/|sign-in|favicon.ico|robots.txt).*)",
    // Sign-in only when its path does not decode.
    "/sign-in(.*%.*)",
    // NOTE: other paths only when they hold a percent sign: the only ones that may not decode; the
    // busy JSON routes stay out of the proxy.
    "/(api|auth|track|_next)/(.*%.*)",
  ],
};
