import "server-only";
import { randomUUID } from "node:crypto";
import { errors, jwtVerify, SignJWT, type JWTPayload } from "jose";
import { z } from "zod";
import { ROLES, type Role } from "@/lib/domain/enums";
import type { Db } from "@/lib/track-api/store/db";
import type { User } from "./accounts";
import { authIssuer } from "./discovery";
import { getSigningKey, getVerificationKey, SIGNING_ALG } from "./keys";

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const ID_TOKEN_TTL_SECONDS = 15 * 60;
/** The `aud` of every access token: the Track API. */
export const ACCESS_TOKEN_AUDIENCE = "track-api";
/** RFC 9068 `typ`, so an id_token can never be replayed as an access token. */
const ACCESS_TOKEN_TYPE = "at+jwt";

/** The verified content of an access token. */
export interface AccessTokenClaims {
  sub: string;
  tenant: string;
  roles: Role[];
  scope: string;
  clientId: string;
  email: string;
  exp: number;
  jti: string;
}

export interface IssueInput {
  /** The service's issuer identifier (`authIssuer()`: PUBLIC_URL's `/auth`). */
  issuer: string;
  user: User;
  clientId: string;
  scope: string;
  now?: number;
}

/** Signs an ES256 access token (RFC 9068 profile) for a user; roles are always carried, as the API authorises by them. */
export async function issueAccessToken(
  db: Db,
  { issuer, user, clientId, scope, now = Date.now() }: IssueInput,
): Promise<string> {
  const key = await getSigningKey(db, now);
  const iat = Math.floor(now / 1000);
  return new SignJWT({ tenant: user.tenantId, roles: user.roles, scope, client_id: clientId, email: user.email })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: ACCESS_TOKEN_TYPE })
    .setIssuer(issuer)
    .setSubject(user.id)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
    .setJti(randomUUID())
    .sign(key.privateKey);
}

/** Signs an OpenID Connect id_token for the client; e-mail only with the `email` scope, name and tenant with `userInfo`. */
export async function issueIdToken(
  db: Db,
  { issuer, user, clientId, scope, now = Date.now() }: IssueInput,
): Promise<string> {
  const key = await getSigningKey(db, now);
  const scopes = scope.split(" ");
  const iat = Math.floor(now / 1000);
  return new SignJWT({
    ...(scopes.includes("email") ? { email: user.email } : {}),
    ...(scopes.includes("userInfo") ? { name: user.name, tenant: user.tenantId } : {}),
    auth_time: iat,
  })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: "JWT" })
    .setIssuer(issuer)
    .setSubject(user.id)
    .setAudience(clientId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ID_TOKEN_TTL_SECONDS)
    .sign(key.privateKey);
}

/** Why a token was refused; the message is safe to show (it goes into `WWW-Authenticate`). */
export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidTokenError";
  }
}

const claimsSchema = z.object({
  sub: z.string().min(1),
  tenant: z.string().min(1),
  roles: z.array(z.string()),
  scope: z.string(),
  client_id: z.string().min(1),
  email: z.string(),
  exp: z.number(),
  jti: z.string(),
});

/**
 * Verifies an access token against the stored public keys: signature, `alg` ES256, `typ`, `iss`
 * (the configured issuer, so a token of another deployment sharing a key is refused too), `aud` and `exp`.
 */
export async function verifyAccessToken(
  db: Db,
  token: string,
  now = Date.now(),
  issuer = authIssuer(),
): Promise<AccessTokenClaims> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(
      token,
      async ({ kid }) => {
        const key = kid ? await getVerificationKey(db, kid) : null;
        if (!key) throw new InvalidTokenError("The access token was not signed by this service");
        return key;
      },
      {
        algorithms: [SIGNING_ALG],
        issuer,
        audience: ACCESS_TOKEN_AUDIENCE,
        typ: ACCESS_TOKEN_TYPE,
        currentDate: new Date(now),
        requiredClaims: ["exp", "sub"],
      },
    ));
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof errors.JWTExpired) throw new InvalidTokenError("The access token expired");
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === "iss")
      throw new InvalidTokenError("The access token was not issued by this service");
    if (error instanceof errors.JOSEError) throw new InvalidTokenError("The access token is invalid");
    throw error;
  }
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw new InvalidTokenError("The access token is missing required claims");
  const { client_id, roles, ...rest } = claims.data;
  return { ...rest, clientId: client_id, roles: ROLES.filter((role) => roles.includes(role)) };
}
