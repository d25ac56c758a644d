import { decodeJwt } from "jose";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ensureDemoAccounts } from "@/lib/track-api/seed/demo-accounts";
import { getDb } from "@/lib/track-api/store/db";
import { GET as certs } from "./certs/route";
import { GET as discovery } from "./openid-configuration/route";
import { POST as token } from "./token/route";
import { GET as userinfo } from "./userinfo/route";

// NOTE: the routes use the process-wide store; vitest runs each file in its own worker.
process.env.DATABASE_URL = ":memory:";
const host = "http://localhost:3000";

beforeAll(async () => {
  await ensureDemoAccounts(await getDb());
});
afterEach(() => {
  vi.unstubAllEnvs();
});

// The seed's script: curl -s -f -X POST -u $CLIENT_ID:$CLIENT_SECRET -d "grant_type=password&…&scope=openid email userInfo roles"
function curlTokenRequest(): Request {
  return new Request(`${host}/auth/token`, {
    method: "POST",
    headers: {
      Authorization: `Basic ${Buffer.from("demo-client:demo-secret").toString("base64")}`,
      "Content-Type": "application/x-www-form-urlencoded",
      "x-forwarded-for": "127.0.0.1",
    },
    body: "grant_type=password&username=demo@acme.test&password=demo&scope=openid email userInfo roles",
  });
}

describe("embedded auth routes", () => {
  it("serve the seed script's password grant, then userinfo with the access token", async () => {
    const response = await token(curlTokenRequest(), undefined);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.access_token).toEqual(expect.any(String));

    const info = await userinfo(
      new Request(`${host}/auth/userinfo`, { headers: { Authorization: `Bearer ${body.access_token}` } }),
      undefined,
    );
    expect(await info.json()).toMatchObject({
      email: "demo@acme.test",
      name: "Acme Demo",
      tenant: "acme",
      roles: ["track", "blob", "report"],
    });

    const unauthenticated = await userinfo(new Request(`${host}/auth/userinfo`), undefined);
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get("www-authenticate")).toBe('Bearer realm="track"');
  });

  it("publish discovery metadata at the configured public address and the JWKS with the signing key", async () => {
    vi.stubEnv("PUBLIC_URL", "http://track.example:8080/");
    // Asked on another host (a load balancer's internal name, a forged Host): PUBLIC_URL wins.
    const config = await (
      await discovery(new Request("http://localhost:3000/auth/.well-known/openid-configuration"), undefined)
    ).json();
    expect(config).toEqual({
      issuer: "http://track.example:8080/auth",
      token_endpoint: "http://track.example:8080/auth/token",
      jwks_uri: "http://track.example:8080/auth/certs",
      userinfo_endpoint: "http://track.example:8080/auth/userinfo",
      revocation_endpoint: "http://track.example:8080/auth/revoke",
      response_types_supported: [],
      grant_types_supported: ["password", "refresh_token"],
      scopes_supported: ["openid", "email", "userInfo", "roles"],
      claims_supported: ["sub", "email", "name", "tenant", "roles"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["ES256"],
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
      revocation_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    });
    const jwks = await (await certs(new Request(`${host}/auth/certs`), undefined)).json();
    expect(jwks.keys[0]).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256" });
    expect(jwks.keys[0]).not.toHaveProperty("d");
  });

  it("carry every field OpenID Connect Discovery 1.0 §3 requires, except the authorization endpoint it has not", async () => {
    const config = await (
      await discovery(new Request(`${host}/auth/.well-known/openid-configuration`), undefined)
    ).json();
    for (const field of [
      "issuer",
      "token_endpoint",
      "jwks_uri",
      "response_types_supported",
      "subject_types_supported",
      "id_token_signing_alg_values_supported",
    ])
      expect(config).toHaveProperty(field);
    expect(config).not.toHaveProperty("authorization_endpoint");
    expect(config.issuer).toBe("http://localhost:3000/auth");
  });

  it("issue tokens whose iss is PUBLIC_URL's whatever host was asked, and accept only those", async () => {
    vi.stubEnv("PUBLIC_URL", "http://track.example.test");
    const body = await (await token(curlTokenRequest(), undefined)).json();
    expect(decodeJwt(body.access_token).iss).toBe("http://track.example.test/auth");
    expect(decodeJwt(body.id_token).iss).toBe("http://track.example.test/auth");
    const ask = () =>
      userinfo(
        new Request(`${host}/auth/userinfo`, { headers: { Authorization: `Bearer ${body.access_token}` } }),
        undefined,
      );
    expect((await ask()).status).toBe(200);
    // Another public address is another issuer: its tokens are not this one's.
    vi.stubEnv("PUBLIC_URL", "http://other.example.test");
    const refused = await ask();
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toContain("not issued by this service");
  });

  it("answer 404 in remote mode", async () => {
    vi.stubEnv("TRACK_API_URL", "https://track.example");
    expect((await token(curlTokenRequest(), undefined)).status).toBe(404);
    expect((await certs(new Request(`${host}/auth/certs`), undefined)).status).toBe(404);
  });
});
