import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { outageLog } from "@/lib/cluster/outage";
import { dashboardDb } from "@/lib/dashboard-store/db";
import type { SessionToken } from "./auth-options";
import { secureCookies } from "./cookie";
import { isSessionDenied } from "./denylist";
import { endedAsFarAsKnown } from "./ended-sessions";
import { authSecret } from "./secret";

const outage = outageLog(
  "session denylist (dashboard database)",
  "sign-outs are checked against what this instance heard of",
);

/**
 * Whether the session `sid` has been ended by sign-out (on any instance sharing the database). While
 * the database does not answer: whether this instance heard of its sign-out (never a 500).
 */
export async function sessionEnded(sid: string): Promise<boolean> {
  if (endedAsFarAsKnown(sid)) return true;
  try {
    const denied = await isSessionDenied(await dashboardDb(), sid);
    outage.recovered();
    return denied;
  } catch (error) {
    outage.failed(error);
    return false;
  }
}

/**
 * The request's session, or null: no cookie, a cookie that does not decrypt, one from before
 * sessions had an id, or a session ended by sign-out (the denylist in the dashboard's database).
 */
export async function activeSession(
  request: NextRequest | { cookies: Record<string, string>; headers: Record<string, string> },
): Promise<SessionToken | null> {
  const token = (await getToken({
    // NOTE: a server render has no request object, only its cookies (lib/bff/first-paint.ts).
    req: request as NextRequest,
    secret: authSecret(),
    secureCookie: secureCookies(),
  })) as Partial<SessionToken> | null;
  if (!token || typeof token.accessToken !== "string" || typeof token.sid !== "string") return null;
  return (await sessionEnded(token.sid)) ? null : (token as SessionToken);
}
