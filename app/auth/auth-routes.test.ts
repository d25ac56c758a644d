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

  it("publish discovery metadata for the request's origin and the JWKS with the signing key", async () => {
    const config = await (
      await discovery(new Request("http://track.example:8080/auth/openid-configuration"), undefined)
    ).json();
    expect(config).toMatchObject({
      issuer: "http://track.example:8080/auth",
      token_endpoint: "http://track.example:8080/auth/token",
      jwks_uri: "http://track.example:8080/auth/certs",
      userinfo_endpoint: "http://track.example:8080/auth/userinfo",
      revocation_endpoint: "http://track.example:8080/auth/revoke",
      grant_types_supported: ["password", "refresh_token"],
      scopes_supported: ["openid", "email", "userInfo", "roles"],
      id_token_signing_alg_values_supported: ["ES256"],
    });
    const jwks = await (await certs(new Request(`${host}/auth/certs`), undefined)).json();
    expect(jwks.keys[0]).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256" });
    expect(jwks.keys[0]).not.toHaveProperty("d");
  });

  it("answer 404 in remote mode", async () => {
    vi.stubEnv("TRACK_API_URL", "https://track.example");
    expect((await token(curlTokenRequest(), undefined)).status).toBe(404);
    expect((await certs(new Request(`${host}/auth/certs`), undefined)).status).toBe(404);
  });
});
