import "server-only";
import type { Db } from "@/lib/track-api/store/db";
import { findUserByEmail, findUserById, type User } from "./accounts";
import { authenticateClient, readClientCredentials } from "./client-auth";
import { readForm } from "./form-body";
import { NO_STORE_HEADERS, OAuthError, oauthErrorResponse } from "./oauth-error";
import { verifyAgainstDummy, verifyPassword } from "./passwords";
import { issueRefreshToken, pruneRefreshTokens, revokeRefreshFamily, rotateRefreshToken, type RotateFailure } from "./refresh-tokens";
import { formatScope, parseScope, SCOPES, type Scope } from "./scopes";
import { clientAddress, loginThrottle, type LoginThrottle } from "./throttle";
import { ACCESS_TOKEN_TTL_SECONDS, issueAccessToken, issueIdToken } from "./tokens";

export interface TokenEndpointOptions {
  now?: number;
  throttle?: LoginThrottle;
}

interface Context {
  db: Db;
  issuer: string;
  clientId: string;
  address: string;
  now: number;
  throttle: LoginThrottle;
}

/**
 * POST /auth/token (RFC 6749 §4.3 password and §6 refresh_token grants). OAuth errors become
 * `{error, error_description}` responses; anything else is thrown for the route wrapper to log.
 */
export async function handleTokenRequest(db: Db, request: Request, options: TokenEndpointOptions = {}): Promise<Response> {
  const { now = Date.now(), throttle = loginThrottle } = options;
  try {
    const address = clientAddress(request);
    const form = await readForm(request);
    const wait = throttle.retryAfter(null, address, now);
    if (wait) throw tooManyRequests(wait);

    let clientId: string;
    try {
      clientId = await authenticateClient(db, readClientCredentials(request, form));
    } catch (error) {
      if (error instanceof OAuthError && error.error === "invalid_client") throttle.recordFailure(null, address, now);
      throw error;
    }

    const ctx: Context = { db, issuer: `${new URL(request.url).origin}/auth`, clientId, address, now, throttle };
    const grantType = required(form, "grant_type");
    if (grantType === "password") return await passwordGrant(ctx, form);
    if (grantType === "refresh_token") return await refreshGrant(ctx, form);
    throw new OAuthError("unsupported_grant_type", `Unsupported grant_type "${grantType.slice(0, 40)}"; use password or refresh_token`);
  } catch (error) {
    if (error instanceof OAuthError) return oauthErrorResponse(error);
    throw error;
  }
}

async function passwordGrant(ctx: Context, form: URLSearchParams): Promise<Response> {
  const username = required(form, "username");
  const password = required(form, "password");
  const scopes = requestedScopes(form) ?? parseScopeOrThrow(undefined);

  const wait = ctx.throttle.retryAfter(username, ctx.address, ctx.now);
  if (wait) throw tooManyRequests(wait);
  const attempt = ctx.throttle.beginAttempt(username, ctx.address, ctx.now);
  const user = await findUserByEmail(ctx.db, username);
  const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
  if (!user || !ok) throw new OAuthError("invalid_grant", "Invalid user name or password");
  attempt.succeeded();
  // Only after the right password, so the lock does not reveal which accounts exist.
  if (user.locked) throw accountLocked();

  await pruneRefreshTokens(ctx.db, ctx.now);
  const refreshToken = await issueRefreshToken(ctx.db, { userId: user.id, clientId: ctx.clientId, scope: formatScope(scopes) }, ctx.now);
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
  const result = await rotateRefreshToken(ctx.db, { token, clientId: ctx.clientId, requestedScopes: requested }, ctx.now);
  if (!result.ok) {
    if (result.reason === "wider_scope") throw new OAuthError("invalid_scope", "The requested scope exceeds the scope originally granted");
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
  if (!parsed.ok) throw new OAuthError("invalid_scope", `Unknown scope "${parsed.unknown.slice(0, 40)}"; allowed: ${SCOPES.join(" ")}`);
  return parsed.scopes;
}

function accountLocked(): OAuthError {
  return new OAuthError("invalid_grant", "The account is locked; contact your administrator");
}

function tooManyRequests(seconds: number): OAuthError {
  return new OAuthError("too_many_requests", `Too many failed sign-in attempts; try again in ${seconds} seconds`, 429, {
    "Retry-After": String(seconds),
  });
}
