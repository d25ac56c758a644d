import "server-only";
import { encode } from "next-auth/jwt";
import { coordination } from "@/lib/cluster";
import { REFRESH_REUSE_MS } from "@/lib/cluster/shared-refresh";
import { cookies } from "next/headers";
import { TrackApiError } from "@/lib/track-client/errors";
import { refreshGrant, type TokenSet } from "@/lib/track-client/oauth";
import type { SessionToken } from "./auth-options";
import { SESSION_MAX_AGE_SECONDS, secureCookies, sessionCookieName } from "./cookie";
import { authSecret } from "./secret";

/** Refresh this long before the access token expires, so a request never carries a dying token. */
const REFRESH_AHEAD_MS = 60_000;
/** How long a refresh result is remembered for requests that still carry the old cookie. */
const REUSE_WINDOW_MS = REFRESH_REUSE_MS;

// NOTE: refresh tokens rotate and a reused one revokes the whole family, so concurrent requests of
// one session must share one refresh: in-flight refreshes and recent results are keyed by token here,
// and across instances the coordination's shared refresh lets one instance refresh for all.
const inflight = new Map<string, Promise<TokenSet>>();
const recent = new Map<string, { tokens: TokenSet; at: number }>();

export const sessionExpired = () => new TrackApiError(401, "session_expired", "Your session has ended. Sign in again.");

async function refreshOnce(refreshToken: string): Promise<TokenSet> {
  const known = recent.get(refreshToken);
  if (known && Date.now() - known.at < REUSE_WINDOW_MS) return known.tokens;
  let pending = inflight.get(refreshToken);
  if (!pending) {
    pending = coordination()
      .refresh.run(refreshToken, () => refreshGrant(refreshToken))
      .finally(() => inflight.delete(refreshToken));
    inflight.set(refreshToken, pending);
  }
  const tokens = await pending;
  recent.set(refreshToken, { tokens, at: Date.now() });
  for (const [key, value] of recent) if (Date.now() - value.at > REUSE_WINDOW_MS) recent.delete(key);
  return tokens;
}

/** Whether a session's access token is near its expiry (or past it), so the next call must refresh it. */
export const needsRefresh = (session: SessionToken, now = Date.now()) => session.expiresAt - now <= REFRESH_AHEAD_MS;

/** A session with a usable access token: refreshed (and the cookie rewritten) when near expiry or `force`d. */
export async function ensureFresh(session: SessionToken, force = false): Promise<SessionToken> {
  if (!force && !needsRefresh(session)) return session;
  if (!session.refreshToken) throw sessionExpired();
  const tokens = await refreshOnce(session.refreshToken);
  const next: SessionToken = {
    ...session,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: tokens.expiresAt,
    roles: tokens.user.roles.length ? tokens.user.roles : session.roles,
  };
  await writeSession(next);
  return next;
}

async function writeSession(session: SessionToken): Promise<void> {
  const value = await encode({
    token: session as unknown as Record<string, unknown>,
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(sessionCookieName(), value, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/",
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}
