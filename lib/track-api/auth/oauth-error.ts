/**
 * RFC 6749 §5.2 error codes, RFC 7009's `unsupported_token_type` for revocation, plus
 * `too_many_requests` (see throttle.ts) for a throttled sign-in and `temporarily_unavailable`
 * (§4.1.2.1's code for an overloaded server) when the hashing queue is full.
 */
export type OAuthErrorCode =
  | "invalid_request"
  | "invalid_client"
  | "invalid_grant"
  | "unauthorized_client"
  | "unsupported_grant_type"
  | "invalid_scope"
  | "unsupported_token_type"
  | "too_many_requests"
  | "temporarily_unavailable";

/** An error of the token endpoint, answered as `{error, error_description}` (RFC 6749 §5.2). */
export class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
    readonly status = 400,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
    this.name = "OAuthError";
  }
}

/** Token endpoint answers are never cached (RFC 6749 §5.1). */
export const NO_STORE_HEADERS = { "Cache-Control": "no-store", Pragma: "no-cache" } as const;

/** The RFC 6749 §5.2 response for an OAuthError. */
export function oauthErrorResponse(error: OAuthError): Response {
  return Response.json(
    { error: error.error, error_description: error.description },
    { status: error.status, headers: { ...NO_STORE_HEADERS, ...error.headers } },
  );
}
