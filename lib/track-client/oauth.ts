import "server-only";
import { trackClientConfig } from "./config";
import { send } from "./transport";
import { TrackApiError, upstreamTimeout, upstreamUnavailable } from "./errors";

/** What the BFF keeps of a sign-in: the tokens and who they belong to. */
export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  /** Access token expiry, ms since the epoch. */
  expiresAt: number;
  user: { id: string; email: string; name: string; tenant: string; roles: string[] };
}

/** Why a sign-in failed, as codes the sign-in page turns into messages. */
export type SignInFailure = "invalid_credentials" | "locked" | "throttled" | "busy" | "unreachable" | "misconfigured";

export class SignInError extends Error {
  constructor(
    readonly reason: SignInFailure,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "SignInError";
  }
}

const decodePayload = (jwt: string): Record<string, unknown> => {
  try {
    return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString());
  } catch {
    return {};
  }
};

/** A form POST to the auth service as the BFF's client (HTTP Basic); `clientAddress` is the browser's. */
async function clientRequest(path: string, form: Record<string, string>, clientAddress?: string): Promise<Response> {
  const basic = Buffer.from(
    `${encodeURIComponent(trackClientConfig.clientId)}:${encodeURIComponent(trackClientConfig.clientSecret)}`,
  ).toString("base64");
  const timeout = AbortSignal.timeout(trackClientConfig.timeoutMs);
  try {
    return await send(`${trackClientConfig.baseUrl}${path}`, {
      method: "POST",
      headers: {
        authorization: `Basic ${basic}`,
        "content-type": "application/x-www-form-urlencoded",
        // The auth service throttles failed sign-ins per address: pass on the browser's, not ours
        // (a remote Track API must trust this app as one proxy hop to use it).
        ...(clientAddress ? { "x-forwarded-for": clientAddress } : {}),
      },
      body: new URLSearchParams(form),
      cache: "no-store",
      signal: timeout,
    });
  } catch {
    throw timeout.aborted ? upstreamTimeout() : upstreamUnavailable("connection failed");
  }
}

const tokenRequest = (form: Record<string, string>, clientAddress?: string) =>
  clientRequest("/auth/token", form, clientAddress);

async function toTokenSet(response: Response): Promise<TokenSet> {
  const body = (await response.json()) as {
    access_token: string;
    refresh_token?: string;
    expires_in?: number;
    id_token?: string;
  };
  const claims = { ...decodePayload(body.id_token ?? ""), ...decodePayload(body.access_token) };
  const expiresIn = body.expires_in ?? (typeof claims.exp === "number" ? claims.exp - Date.now() / 1000 : 900);
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token ?? null,
    expiresAt: Date.now() + expiresIn * 1000,
    user: {
      id: String(claims.sub ?? ""),
      email: String(claims.email ?? ""),
      name: String(claims.name ?? claims.email ?? ""),
      tenant: String(claims.tenant ?? ""),
      roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
    },
  };
}

/**
 * The OAuth password grant with the BFF's client: a person's Business Network credentials → tokens.
 * `clientAddress` is the browser's address (lib/net/client-address.ts), for the sign-in throttle.
 */
export async function passwordGrant(username: string, password: string, clientAddress?: string): Promise<TokenSet> {
  let response: Response;
  try {
    response = await tokenRequest(
      { grant_type: "password", username, password, scope: trackClientConfig.scope },
      clientAddress,
    );
  } catch (error) {
    throw new SignInError(
      "unreachable",
      error instanceof TrackApiError ? error.message : "The sign-in service cannot be reached.",
    );
  }
  if (response.ok) return toTokenSet(response);
  const body = (await response.json().catch(() => ({}))) as { error?: string; error_description?: string };
  if (response.status === 429) {
    throw new SignInError(
      "throttled",
      "Too many failed sign-in attempts.",
      Number(response.headers.get("retry-after") ?? 60),
    );
  }
  if (response.status === 503 && body.error === "temporarily_unavailable") {
    throw new SignInError("busy", "Too many sign-ins in progress.", Number(response.headers.get("retry-after") ?? 5));
  }
  if (response.status >= 500) throw new SignInError("unreachable", "The sign-in service is not answering properly.");
  if (body.error === "invalid_grant") {
    const locked = /lock/i.test(body.error_description ?? "");
    throw new SignInError(
      locked ? "locked" : "invalid_credentials",
      body.error_description ?? "Invalid user name or password",
    );
  }
  throw new SignInError(
    "misconfigured",
    `The sign-in service refused this application (${body.error ?? response.status}).`,
  );
}

/** The refresh_token grant; throws TrackApiError 401 when the refresh token is no longer valid. */
export async function refreshGrant(refreshToken: string): Promise<TokenSet> {
  const response = await tokenRequest({ grant_type: "refresh_token", refresh_token: refreshToken });
  if (response.ok) {
    const tokens = await toTokenSet(response);
    return { ...tokens, refreshToken: tokens.refreshToken ?? refreshToken };
  }
  if (response.status >= 500) throw upstreamUnavailable(`status ${response.status}`);
  throw new TrackApiError(401, "session_expired", "Your session has ended. Sign in again.");
}

/**
 * Revokes a sign-in's refresh token, and with it the token's family (RFC 7009, `POST /auth/revoke`).
 * False when the upstream has no revocation endpoint (404/405): its tokens then end on their own.
 */
export async function revokeRefreshToken(refreshToken: string): Promise<boolean> {
  const response = await clientRequest("/auth/revoke", { token: refreshToken, token_type_hint: "refresh_token" });
  await response.body?.cancel();
  if (response.ok) return true;
  if (response.status === 404 || response.status === 405) return false;
  throw response.status >= 500
    ? upstreamUnavailable(`status ${response.status}`)
    : new TrackApiError(
        response.status,
        "revocation_refused",
        `The auth service refused to revoke the refresh token (${response.status})`,
      );
}
