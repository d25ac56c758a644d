import { config } from "@/lib/config";
import { SIGNING_ALG } from "./keys";
import { SCOPES } from "./scopes";

/** The embedded auth service's issuer identifier: PUBLIC_URL's `/auth`, the same on every instance. */
export function authIssuer(publicUrl = config.publicUrl): string {
  return `${publicUrl}/auth`;
}

/**
 * The OpenID Provider metadata (GET /auth/.well-known/openid-configuration), at the configured
 * public address whatever Host the request named (OpenID Connect Discovery 1.0 §4.3: the issuer
 * must be the one the client discovered, so it may not change with the instance or the proxy).
 */
export function openIdConfiguration(publicUrl = config.publicUrl) {
  const issuer = authIssuer(publicUrl);
  return {
    issuer,
    // NOTE: no authorization_endpoint. Discovery 1.0 §3 lists it as REQUIRED, but this provider has
    // no authorization endpoint: its grants (password, refresh_token) go to the token endpoint only.
    // RFC 8414 §2, the OAuth metadata this document also is, requires it only "unless no grant types
    // are supported that use the authorization endpoint"; a URL of an endpoint that does not exist
    // would only send a client that follows it to a 404.
    token_endpoint: `${issuer}/token`,
    revocation_endpoint: `${issuer}/revoke`,
    jwks_uri: `${issuer}/certs`,
    userinfo_endpoint: `${issuer}/userinfo`,
    // REQUIRED, and empty on purpose: response types are values of the authorization endpoint's
    // `response_type` (RFC 6749 §3.1.1), which this provider does not have. "token" or "id_token"
    // would advertise the implicit flow, which it does not offer; the id_token comes from the token
    // endpoint. Clients of the password grant (openid-client 6 among them) do not read this field.
    response_types_supported: [] as string[],
    grant_types_supported: ["password", "refresh_token"],
    scopes_supported: [...SCOPES],
    claims_supported: ["sub", "email", "name", "tenant", "roles"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: [SIGNING_ALG],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    revocation_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
  };
}
