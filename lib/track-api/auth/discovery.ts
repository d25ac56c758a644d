import { SIGNING_ALG } from "./keys";
import { SCOPES } from "./scopes";

/** The OpenID Provider metadata (GET /auth/.well-known/openid-configuration) for the origin it was asked on. */
export function openIdConfiguration(origin: string) {
  const issuer = `${origin}/auth`;
  return {
    issuer,
    token_endpoint: `${issuer}/token`,
    revocation_endpoint: `${issuer}/revoke`,
    jwks_uri: `${issuer}/certs`,
    userinfo_endpoint: `${issuer}/userinfo`,
    grant_types_supported: ["password", "refresh_token"],
    scopes_supported: [...SCOPES],
    claims_supported: ["sub", "email", "name", "tenant", "roles"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: [SIGNING_ALG],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    revocation_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
  };
}
