import "server-only";
import { dashboardDb } from "@/lib/dashboard-store/db";
import { revokeRefreshToken } from "@/lib/track-client/oauth";
import type { SessionToken } from "./auth-options";
import { SESSION_MAX_AGE_SECONDS } from "./cookie";
import { denySession } from "./denylist";
import { announceSessionEnded } from "./ended-sessions";

/**
 * Ends a session on the server at sign-out: its id is refused from now on (every copy of the cookie,
 * on every instance) and its open live streams close; then the upstream refresh family is revoked,
 * so the refresh token inside a copied cookie no longer rotates either.
 */
export async function endSession(session: Partial<SessionToken>, now = Date.now()): Promise<void> {
  if (session.sid) {
    await announceSessionEnded(session.sid);
    try {
      // NOTE: every re-encode of the cookie moves its expiry to "now + max age", so a copy taken before
      // the sign-out expires at the latest one max age after it: refused until then.
      await denySession(await dashboardDb(), session.sid, now + SESSION_MAX_AGE_SECONDS * 1000, now);
    } catch (error) {
      console.error(
        "[session] the denylist's database did not take the sign-out; instances refuse it from memory",
        error,
      );
    }
  }
  if (!session.refreshToken) return;
  try {
    if (!(await revokeRefreshToken(session.refreshToken)))
      console.warn("[session] the Track API has no revocation endpoint; the refresh token expires on its own");
  } catch (error) {
    console.error("[session] revoking the refresh token at sign-out failed", error);
  }
}
