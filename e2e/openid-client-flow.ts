import { expect } from "@playwright/test";
import * as oidc from "openid-client";

/** Who signs in, and with which client, in `runOpenIdClientFlow` (the demo accounts by default). */
export interface OpenIdClientFlowOptions {
  clientId?: string;
  clientSecret?: string;
  username?: string;
  password?: string;
  scope?: string;
}

/**
 * Runs the embedded auth service through openid-client 6, a strict OpenID Connect client, as a
 * real relying party at `baseUrl` would: discovery at `<baseUrl>/auth` (the issuer must be exactly
 * that), the password grant with the id_token's claims and signature checked, userinfo for the
 * id_token's subject, and refresh rotation (the used refresh token is then refused). Parameterised by
 * the address, so the same flow runs against one server or a load balancer's address.
 */
export async function runOpenIdClientFlow(baseUrl: string, options: OpenIdClientFlowOptions = {}) {
  const {
    clientId = "demo-client",
    clientSecret = "demo-secret",
    username = "demo@acme.test",
    password = "demo",
    scope = "openid email userInfo roles",
  } = options;
  const issuer = `${baseUrl.replace(/\/+$/, "")}/auth`;
  const serverErrors: string[] = [];
  const fetch: oidc.CustomFetch = async (url, init) => {
    const response = await globalThis.fetch(url, init as RequestInit);
    if (response.status >= 500) serverErrors.push(`${response.status} ${init.method} ${url}`);
    return response;
  };

  const config = await oidc.discovery(new URL(issuer), clientId, undefined, oidc.ClientSecretBasic(clientSecret), {
    [oidc.customFetch]: fetch,
    // The test servers speak plain HTTP, which the client refuses unless told.
    execute: new URL(issuer).protocol === "http:" ? [oidc.allowInsecureRequests] : [],
  });
  const metadata = config.serverMetadata();
  expect(metadata.issuer).toBe(issuer);
  expect(metadata.token_endpoint).toBe(`${issuer}/token`);
  expect(metadata.response_types_supported).toEqual(expect.any(Array));
  // Beyond the claims the client always checks: the id_token's signature against the published JWKS.
  oidc.enableNonRepudiationChecks(config);

  const tokens = await oidc.genericGrantRequest(config, "password", { username, password, scope });
  expect(tokens.token_type.toLowerCase()).toBe("bearer");
  expect(tokens.scope).toBe(scope);
  const claims = tokens.claims();
  expect(claims).toMatchObject({ iss: issuer, aud: clientId, email: username, tenant: expect.any(String) });
  const subject = claims!.sub;

  const info = await oidc.fetchUserInfo(config, tokens.access_token, subject);
  expect(info).toMatchObject({ sub: subject, email: username, roles: expect.any(Array) });
  // The client refuses userinfo of another subject than the id_token's.
  await expect(oidc.fetchUserInfo(config, tokens.access_token, `${subject}-other`)).rejects.toMatchObject({
    code: "OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED",
  });

  const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
  expect(refreshed.access_token).not.toBe(tokens.access_token);
  expect(refreshed.refresh_token).toEqual(expect.any(String));
  expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
  expect(refreshed.claims()).toMatchObject({ iss: issuer, sub: subject, aud: clientId });
  expect(await oidc.fetchUserInfo(config, refreshed.access_token, subject)).toMatchObject({ sub: subject });

  // Rotation: the used refresh token is refused (and, as reuse, ends the whole sign-in).
  await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: "invalid_grant" });
  await expect(oidc.refreshTokenGrant(config, refreshed.refresh_token!)).rejects.toMatchObject({
    error: "invalid_grant",
  });

  expect(serverErrors, "responses with a 5xx status").toEqual([]);
  return { issuer, subject };
}
