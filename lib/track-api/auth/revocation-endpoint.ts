import "server-only";
import type { Db } from "@/lib/track-api/store/db";
import { authenticateClient, readClientCredentials } from "./client-auth";
import { readForm } from "./form-body";
import { NO_STORE_HEADERS, OAuthError, oauthErrorResponse } from "./oauth-error";
import { revokeFamilyOf } from "./refresh-tokens";

/** Access tokens are JWTs (three dot-separated parts); refresh tokens are opaque and have no dot. */
const looksLikeJwt = (token: string) => token.split(".").length === 3;

/**
 * POST /auth/revoke (RFC 7009): the client ends a sign-in by revoking its refresh token, which
 * revokes the token's whole family. An unknown or already revoked token is a 200 too (§2.2); an access
 * token is `unsupported_token_type`, since access tokens are not revocable (they live 15 minutes).
 */
export async function handleRevocationRequest(db: Db, request: Request, now = Date.now()): Promise<Response> {
  try {
    const form = await readForm(request);
    const clientId = await authenticateClient(db, readClientCredentials(request, form));
    const token = form.get("token");
    if (!token) throw new OAuthError("invalid_request", "Missing parameter: token");
    const result = await revokeFamilyOf(db, token, clientId, now);
    if (result === "wrong_client")
      throw new OAuthError("unauthorized_client", "The token was not issued to this client");
    if (result === "unknown" && looksLikeJwt(token))
      throw new OAuthError("unsupported_token_type", "Access tokens cannot be revoked; revoke the refresh token");
    return new Response(null, { status: 200, headers: NO_STORE_HEADERS });
  } catch (error) {
    if (error instanceof OAuthError) return oauthErrorResponse(error);
    throw error;
  }
}
