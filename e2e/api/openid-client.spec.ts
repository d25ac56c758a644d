import { expect, test } from "../fixtures";
import { runOpenIdClientFlow } from "../openid-client-flow";

test.beforeEach(async ({ api }) => {
  // Another spec's failed sign-ins from this address must not throttle this one's.
  expect((await api.delete("/track/api/test/sign-in-throttle")).status()).toBe(204);
});

test("a strict OpenID Connect client discovers the auth service, signs in, reads userinfo and rotates refresh tokens", async ({
  baseURL,
}) => {
  const { issuer } = await runOpenIdClientFlow(baseURL!);
  expect(issuer).toBe(`${baseURL}/auth`);
});

test("the discovery document names the configured public address whatever host it was asked on", async ({
  api,
  baseURL,
}) => {
  const other = new URL(baseURL!);
  other.hostname = "127.0.0.1";
  const response = await api.get(`${other.origin}/auth/.well-known/openid-configuration`);
  expect(response.status()).toBe(200);
  expect((await response.json()).issuer).toBe(`${baseURL}/auth`);
});
