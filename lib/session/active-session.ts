import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { dashboardDb } from "@/lib/dashboard-store/db";
import type { SessionToken } from "./auth-options";
import { secureCookies } from "./cookie";
import { isSessionDenied } from "./denylist";
import { authSecret } from "./secret";

/** Whether the session `sid` has been ended by sign-out (on any instance sharing the database). */
export async function sessionEnded(sid: string): Promise<boolean> {
  return isSessionDenied(await dashboardDb(), sid);
}

/**
 * The request's session, or null: no cookie, a cookie that does not decrypt, one from before
 * sessions had an id, or a session ended by sign-out (the denylist in the dashboard's database).
 */
export async function activeSession(request: NextRequest): Promise<SessionToken | null> {
  const token = (await getToken({
    req: request,
    secret: authSecret(),
    secureCookie: secureCookies(),
  })) as Partial<SessionToken> | null;
  if (!token || typeof token.accessToken !== "string" || typeof token.sid !== "string") return null;
  return (await sessionEnded(token.sid)) ? null : (token as SessionToken);
}
