import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { secureCookies } from "@/lib/session/cookie";
import { authSecret } from "@/lib/session/secret";

/**
 * Sends a signed-out person to sign-in with the exact URL they asked for, so a shared link lands on
 * the same view after sign-in (DESIGN §5).
 */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: authSecret(), secureCookie: secureCookies() });
  if (token) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Pages only: the BFF answers 401 JSON itself, the Track API and next-auth have their own auth.
  matcher: ["/((?!api/|auth/|track/|_next/|sign-in|favicon.ico|robots.txt).*)"],
};
