import "server-only";
import type { Role } from "@/lib/domain/enums";
import { HttpError } from "@/lib/track-api/http/errors";
import { getDb, type Db } from "@/lib/track-api/store/db";
import { findUserById } from "./accounts";
import { InvalidTokenError, verifyAccessToken } from "./tokens";

/** Who is calling the Track API, from a verified access token. */
export interface Principal {
  userId: string;
  tenantId: string;
  roles: Role[];
  clientId: string;
  scope: string;
  email: string;
}

/** RFC 6750 §3: a request with no credentials gets a bare challenge, a bad token gets the error. */
function unauthorized(message: string, withError: boolean): HttpError {
  const challenge = withError
    ? `Bearer realm="track", error="invalid_token", error_description="${message}"`
    : 'Bearer realm="track"';
  return new HttpError(401, "invalid_token", message, undefined, { "WWW-Authenticate": challenge });
}

/** The bearer token of `Authorization: Bearer …`, or null when there is no Authorization header. */
export function readBearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (header === null || header.trim() === "") return null;
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
  if (!match) throw unauthorized("The Authorization header is not a Bearer token", true);
  return match[1];
}

/**
 * The principal of a request, from its access token and the user's current record: a locked or
 * deleted user is refused, and roles removed since the token was issued no longer count.
 * Throws 401 `invalid_token` (with `WWW-Authenticate`) otherwise.
 */
export async function authenticateWith(db: Db, request: Request, now = Date.now()): Promise<Principal> {
  const token = readBearerToken(request);
  if (token === null) throw unauthorized("Missing bearer token", false);
  let claims;
  try {
    claims = await verifyAccessToken(db, token, now);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthorized(error.message, true);
    throw error;
  }
  const user = await findUserById(db, claims.sub);
  if (!user || user.tenantId !== claims.tenant) throw unauthorized("The user of this token no longer exists", true);
  if (user.locked) throw unauthorized("The account is locked", true);
  return {
    userId: user.id,
    tenantId: user.tenantId,
    roles: claims.roles.filter((role) => user.roles.includes(role)),
    clientId: claims.clientId,
    scope: claims.scope,
    email: user.email,
  };
}

/** The principal of a request against the process-wide store (see `authenticateWith`). */
export async function authenticate(request: Request): Promise<Principal> {
  return authenticateWith(await getDb(), request);
}

/** Throws 403 `forbidden` naming the role when the principal lacks it. */
export function requireRole(principal: Principal, role: Role): void {
  if (!principal.roles.includes(role)) {
    throw new HttpError(403, "forbidden", `This requires the "${role}" role`);
  }
}
