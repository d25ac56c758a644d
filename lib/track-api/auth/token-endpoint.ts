import "server-only";
import { requestAddress } from "@/lib/track-api/http/request-address";
import type { Db } from "@/lib/track-api/store/db";
import { findUserByEmail, findUserById, type User } from "./accounts";
import { authenticateClient, readClientCredentials } from "./client-auth";
import { authIssuer } from "./discovery";
import { readForm } from "./form-body";
import { NO_STORE_HEADERS, OAuthError, oauthErrorResponse } from "./oauth-error";
import { HashGateFull, hashGate, type HashGate } from "./hash-gate";
import { checkSecret } from "./passwords";
import {
  issueRefreshToken,
  pruneRefreshTokens,
  revokeRefreshFamily,
  rotateRefreshToken,
  type RotateFailure,
} from "./refresh-tokens";
import { formatScope, parseScope, SCOPES, type Scope } from "./scopes";
import type { SignInThrottle } from "./throttle";
import { signInThrottleFor } from "./throttle-for-store";
import { ACCESS_TOKEN_TTL_SECONDS, issueAccessToken, issueIdToken } from "./tokens";

export interface TokenEndpointOptions {
  now?: number;
  throttle?: SignInThrottle;
  hashing?: HashGate;
}

interface Context {
  db: Db;
  issuer: string;
  clientId: string;
  address: string;
  now: number;
  throttle: SignInThrottle;
  hashing: HashGate;
}

/**
 * POST /auth/token (RFC 6749 §4.3 password and §6 refresh_token grants). OAuth errors become
 * `{error, error_description}` responses; anything else is thrown for the route wrapper to log.
 */
export async function handleTokenRequest(
  db: Db,
  request: Request,
  options: TokenEndpointOptions = {},
): Promise<Response> {
  const { now = Date.now(), throttle = signInThrottleFor(db), hashing = hashGate } = options;
  try {
    const address = requestAddress(request);
    const form = await readForm(request);
    const wait = await throttle.retryAfter(
      form.get("grant_type") === "password" ? form.get("username") : null,
      address,
      now,
    );
    if (wait) throw tooManyRequests(wait);

    let clientId: string;
    try {
      const check = (secret: string, stored: string | null) => hashing.run(() => checkSecret(secret, stored));
      clientId = await authenticateClient(db, readClientCredentials(request, form), check);
    } catch (error) {
      if (error instanceof OAuthError && error.error === "invalid_client") await throttle.recordFailure(address, now);
      throw error;
    }

    const ctx: Context = {
      db,
      // PUBLIC_URL's, never the Host header's: every instance behind a load balancer names one issuer.
      issuer: authIssuer(),
      clientId,
      address,
      now,
      throttle,
      hashing,
    };
    const grantType = required(form, "grant_type");
    if (grantType === "password") return await passwordGrant(ctx, form);
    if (grantType === "refresh_token") return await refreshGrant(ctx, form);
    throw new OAuthError(
      "unsupported_grant_type",
      `Unsupported grant_type "${grantType.slice(0, 40)}"; use password or refresh_token`,
    );
  } catch (error) {
    if (error instanceof OAuthError) return oauthErrorResponse(error);
    if (error instanceof HashGateFull) return oauthErrorResponse(busy(error.retryAfterSeconds));
    throw error;
  }
}

async function passwordGrant(ctx: Context, form: URLSearchParams): Promise<Response> {
  const username = required(form, "username");
  const password = required(form, "password");
  const scopes = requestedScopes(form) ?? parseScopeOrThrow(undefined);

  const attempt = await ctx.throttle.begin(username, ctx.address, ctx.now);
  if ("retryAfter" in attempt) throw tooManyRequests(attempt.retryAfter);
  let user: Awaited<ReturnType<typeof findUserByEmail>>;
  let ok: boolean;
  try {
    user = await findUserByEmail(ctx.db, username);
    const hash = user?.passwordHash ?? null;
    ok = await ctx.hashing.run(() => checkSecret(password, hash), attempt.known);
  } catch (error) {
    // Not checked (the hashing queue was full, or the store failed): not a failed guess either.
    await attempt.withdraw();
    throw error;
  }
  if (!user || !ok) throw new OAuthError("invalid_grant", "Invalid user name or password");
  await attempt.succeeded();
  // Only after the right password, so the lock does not reveal which accounts exist.
  if (user.locked) throw accountLocked();

  await pruneRefreshTokens(ctx.db, ctx.now);
  const refreshToken = await issueRefreshToken(
    ctx.db,
    { userId: user.id, clientId: ctx.clientId, scope: formatScope(scopes) },
    ctx.now,
  );
  return tokenResponse(ctx, user, scopes, refreshToken);
}

const REFRESH_FAILURES: Record<Exclude<RotateFailure, "wider_scope">, string> = {
  unknown: "Invalid refresh token",
  wrong_client: "Invalid refresh token",
  expired: "The refresh token expired; sign in again",
  revoked: "The refresh token was revoked; sign in again",
  reused: "The refresh token was already used; every token of this sign-in is now revoked",
};

async function refreshGrant(ctx: Context, form: URLSearchParams): Promise<Response> {
  const token = required(form, "refresh_token");
  const requested = requestedScopes(form);
  const result = await rotateRefreshToken(
    ctx.db,
    { token, clientId: ctx.clientId, requestedScopes: requested },
    ctx.now,
  );
  if (!result.ok) {
    if (result.reason === "wider_scope")
      throw new OAuthError("invalid_scope", "The requested scope exceeds the scope originally granted");
    throw new OAuthError("invalid_grant", REFRESH_FAILURES[result.reason]);
  }
  const user = await findUserById(ctx.db, result.userId);
  if (!user || user.locked) {
    await revokeRefreshFamily(ctx.db, result.familyId, ctx.now);
    throw user ? accountLocked() : new OAuthError("invalid_grant", "The user no longer exists");
  }
  return tokenResponse(ctx, user, requested ?? parseScopeOrThrow(result.scope), result.refreshToken);
}

async function tokenResponse(ctx: Context, user: User, scopes: Scope[], refreshToken: string): Promise<Response> {
  const scope = formatScope(scopes);
  const input = { issuer: ctx.issuer, user, clientId: ctx.clientId, scope, now: ctx.now };
  const body = {
    access_token: await issueAccessToken(ctx.db, input),
    token_type: "Bearer",
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
    refresh_token: refreshToken,
    ...(scopes.includes("openid") ? { id_token: await issueIdToken(ctx.db, input) } : {}),
    scope,
  };
  return Response.json(body, { headers: NO_STORE_HEADERS });
}

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (!value) throw new OAuthError("invalid_request", `Missing parameter: ${name}`);
  return value;
}

/** The `scope` parameter's scopes, or undefined when it is absent or blank. */
function requestedScopes(form: URLSearchParams): Scope[] | undefined {
  const value = form.get("scope");
  return value?.trim() ? parseScopeOrThrow(value) : undefined;
}

function parseScopeOrThrow(value: string | undefined): Scope[] {
  const parsed = parseScope(value);
  if (!parsed.ok)
    throw new OAuthError(
      "invalid_scope",
      `Unknown scope "${parsed.unknown.slice(0, 40)}"; allowed: ${SCOPES.join(" ")}`,
    );
  return parsed.scopes;
}

function accountLocked(): OAuthError {
  return new OAuthError("invalid_grant", "The account is locked; contact your administrator");
}

/** A full hashing queue: 503 is "overloaded, come back" (RFC 9110 §15.6.4), not the caller's fault. */
function busy(seconds: number): OAuthError {
  return new OAuthError(
    "temporarily_unavailable",
    `Too many sign-ins in progress; try again in ${inSeconds(seconds)}`,
    503,
    {
      "Retry-After": String(seconds),
    },
  );
}

function tooManyRequests(seconds: number): OAuthError {
  return new OAuthError(
    "too_many_requests",
    `Too many failed sign-in attempts; try again in ${inSeconds(seconds)}`,
    429,
    {
      "Retry-After": String(seconds),
    },
  );
}

const inSeconds = (seconds: number) => `${seconds} second${seconds === 1 ? "" : "s"}`;
