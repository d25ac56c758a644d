import { decodeJwt, decodeProtectedHeader } from "jose";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/track-api/store/db";
import { findUserByEmail, setUserLocked } from "./accounts";
import { REFRESH_TOKEN_TTL_MS } from "./refresh-tokens";
import { basicAuth, DEMO_CLIENT_HEADERS, demoDb, expectOAuthError, freshThrottle, tokenRequest } from "./test-support";
import type { SignInThrottle } from "./throttle";
import { handleTokenRequest } from "./token-endpoint";
import { verifyAccessToken } from "./tokens";

const CLIENT = DEMO_CLIENT_HEADERS;
const T0 = Date.UTC(2025, 0, 15, 12, 0, 0);

let db: Db;
let throttle: SignInThrottle;

beforeAll(async () => {
  db = await demoDb();
});
beforeEach(async () => {
  throttle = await freshThrottle(db);
});

async function post(fields: Record<string, string>, headers: Record<string, string> = CLIENT, now = T0) {
  const response = await handleTokenRequest(db, tokenRequest(fields, headers), { now, throttle });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

const login = (username: string, password = "demo", extra: Record<string, string> = {}, now = T0) =>
  post({ grant_type: "password", username, password, ...extra }, CLIENT, now);

describe("password grant", () => {
  it("issues an ES256 access token with the user's tenant and roles, a refresh token and an id_token", async () => {
    const { response, body } = await login("demo@acme.test", "demo", { scope: "openid email userInfo roles" });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("pragma")).toBe("no-cache");
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 900, scope: "openid email userInfo roles" });
    expect(typeof body.refresh_token).toBe("string");

    const access = body.access_token as string;
    expect(decodeProtectedHeader(access)).toMatchObject({ alg: "ES256", typ: "at+jwt" });
    const claims = decodeJwt(access);
    const user = await findUserByEmail(db, "demo@acme.test");
    expect(claims).toMatchObject({
      iss: "http://localhost:3000/auth",
      sub: user!.id,
      aud: "track-api",
      tenant: "acme",
      roles: ["track", "blob", "report"],
      scope: "openid email userInfo roles",
      client_id: "demo-client",
      email: "demo@acme.test",
      iat: T0 / 1000,
      exp: T0 / 1000 + 900,
    });
    expect(claims.jti).toEqual(expect.any(String));

    const idToken = decodeJwt(body.id_token as string);
    expect(idToken).toMatchObject({
      aud: "demo-client",
      sub: user!.id,
      email: "demo@acme.test",
      name: "Acme Demo",
      tenant: "acme",
    });
  });

  it("leaves out the id_token without the openid scope, and treats a missing scope as all scopes", async () => {
    const narrow = await login("viewer@acme.test", "demo", { scope: "email roles" });
    expect(narrow.response.status).toBe(200);
    expect(narrow.body.id_token).toBeUndefined();
    expect(narrow.body.scope).toBe("email roles");
    expect(decodeJwt(narrow.body.access_token as string).roles).toEqual(["track"]);

    const all = await login("viewer@acme.test");
    expect(all.body.scope).toBe("openid email userInfo roles");
    expect(all.body.id_token).toEqual(expect.any(String));
  });

  it("signs in case-insensitively by e-mail", async () => {
    expect((await login("Demo@Acme.TEST")).response.status).toBe(200);
  });

  it("refuses a wrong password or an unknown user with the same invalid_grant", async () => {
    const wrong = await login("demo@acme.test", "nope");
    expectOAuthError(wrong, 400, "invalid_grant");
    expect(wrong.body.error_description).toBe("Invalid user name or password");
    const unknown = await login("nobody@acme.test", "demo");
    expect(unknown.body).toEqual(wrong.body);
  });

  it("refuses a locked user, saying the account is locked", async () => {
    const user = await findUserByEmail(db, "ingest@globex.test");
    await setUserLocked(db, user!.id, true);
    try {
      const result = await login("ingest@globex.test");
      expectOAuthError(result, 400, "invalid_grant");
      expect(result.body.error_description).toMatch(/locked/i);
    } finally {
      await setUserLocked(db, user!.id, false);
    }
    expect((await login("ingest@globex.test")).response.status).toBe(200);
  });

  it("rejects an unknown or wrongly-cased scope value with invalid_scope naming it", async () => {
    const result = await login("demo@acme.test", "demo", { scope: "openid userinfo" });
    expectOAuthError(result, 400, "invalid_scope");
    expect(result.body.error_description).toContain('"userinfo"');
  });

  it.each(["grant_type", "username", "password"])("answers invalid_request naming a missing %s", async (name) => {
    const fields: Record<string, string> = { grant_type: "password", username: "demo@acme.test", password: "demo" };
    delete fields[name];
    const result = await post(fields);
    expectOAuthError(result, 400, "invalid_request");
    expect(result.body.error_description).toContain(name);
  });

  it("answers unsupported_grant_type for other grants", async () => {
    const result = await post({ grant_type: "client_credentials" });
    expectOAuthError(result, 400, "unsupported_grant_type");
  });

  it("refuses a body that is not form-encoded and repeated parameters", async () => {
    const json = await handleTokenRequest(
      db,
      new Request("http://localhost:3000/auth/token", {
        method: "POST",
        headers: { ...CLIENT, "content-type": "application/json" },
        body: "{}",
      }),
      { now: T0, throttle },
    );
    expect(json.status).toBe(400);
    expect((await json.json()).error).toBe("invalid_request");

    const repeated = await handleTokenRequest(
      db,
      new Request("http://localhost:3000/auth/token", {
        method: "POST",
        headers: { ...CLIENT, "content-type": "application/x-www-form-urlencoded" },
        body: "grant_type=password&username=demo%40acme.test&password=x&password=demo",
      }),
      { now: T0, throttle },
    );
    expect((await repeated.json()).error).toBe("invalid_request");
  });
});

describe("client authentication", () => {
  const fields = { grant_type: "password", username: "demo@acme.test", password: "demo" };

  it("accepts HTTP Basic and client_id/client_secret form fields", async () => {
    expect((await post(fields, CLIENT)).response.status).toBe(200);
    expect(
      (await post({ ...fields, client_id: "demo-client", client_secret: "demo-secret" }, {})).response.status,
    ).toBe(200);
  });

  it("answers invalid_request when both methods are used at once", async () => {
    const result = await post({ ...fields, client_id: "demo-client", client_secret: "demo-secret" }, CLIENT);
    expectOAuthError(result, 400, "invalid_request");
  });

  it.each([
    ["a wrong secret", { Authorization: basicAuth("demo-client", "wrong") }, {}],
    ["an unknown client", { Authorization: basicAuth("other-client", "demo-secret") }, {}],
    ["a wrong form secret", {}, { client_id: "demo-client", client_secret: "wrong" }],
    ["no credentials", {}, {}],
    ["malformed Basic", { Authorization: "Basic !!!" }, {}],
  ])("answers 401 invalid_client with WWW-Authenticate for %s", async (_, headers, extra) => {
    const result = await post({ ...fields, ...extra }, headers);
    expectOAuthError(result, 401, "invalid_client");
    expect(result.response.headers.get("www-authenticate")).toBe('Basic realm="track"');
  });
});

describe("refresh_token grant", () => {
  const refresh = (token: string, extra: Record<string, string> = {}, now = T0) =>
    post({ grant_type: "refresh_token", refresh_token: token, ...extra }, CLIENT, now);

  it("rotates: the new pair works, keeps the original scope, and the old refresh token is spent", async () => {
    const first = await login("demo@acme.test", "demo", { scope: "openid email roles" });
    const second = await refresh(first.body.refresh_token as string, {}, T0 + 60_000);
    expect(second.response.status).toBe(200);
    expect(second.body.scope).toBe("openid email roles");
    expect(second.body.refresh_token).not.toBe(first.body.refresh_token);
    expect(second.body.id_token).toEqual(expect.any(String));
    const claims = await verifyAccessToken(db, second.body.access_token as string, T0 + 60_000);
    expect(claims).toMatchObject({ tenant: "acme", scope: "openid email roles" });

    const third = await refresh(second.body.refresh_token as string, {}, T0 + 120_000);
    expect(third.response.status).toBe(200);
  });

  it("allows a narrower scope but refuses a wider one without spending the token", async () => {
    const first = await login("demo@acme.test", "demo", { scope: "openid email" });
    const wider = await refresh(first.body.refresh_token as string, { scope: "openid email roles" });
    expectOAuthError(wider, 400, "invalid_scope");

    const narrower = await refresh(first.body.refresh_token as string, { scope: "email" });
    expect(narrower.response.status).toBe(200);
    expect(narrower.body.scope).toBe("email");
    expect(narrower.body.id_token).toBeUndefined();
    // The family keeps the original scope: the next refresh may ask for openid again.
    const again = await refresh(narrower.body.refresh_token as string, { scope: "openid email" });
    expect(again.body.scope).toBe("openid email");
  });

  it("revokes the whole family when a spent refresh token is presented again", async () => {
    const first = await login("demo@acme.test");
    const second = await refresh(first.body.refresh_token as string);
    expect(second.response.status).toBe(200);

    const replay = await refresh(first.body.refresh_token as string);
    expectOAuthError(replay, 400, "invalid_grant");
    expect(replay.body.error_description).toMatch(/already used/);

    // The newest token of the family, never used, no longer works either.
    const newest = await refresh(second.body.refresh_token as string);
    expectOAuthError(newest, 400, "invalid_grant");
    expect(newest.body.error_description).toMatch(/revoked/);

    // Another sign-in of the same user is a different family and is untouched.
    const other = await login("demo@acme.test");
    expect((await refresh(other.body.refresh_token as string)).response.status).toBe(200);
  });

  it("refuses an expired, unknown or other client's refresh token", async () => {
    const first = await login("demo@acme.test");
    const expired = await refresh(first.body.refresh_token as string, {}, T0 + REFRESH_TOKEN_TTL_MS + 1);
    expectOAuthError(expired, 400, "invalid_grant");
    expect(expired.body.error_description).toMatch(/expired/);
    expectOAuthError(await refresh("not-a-token"), 400, "invalid_grant");
    expectOAuthError(await post({ grant_type: "refresh_token" }), 400, "invalid_request");
  });

  it("refuses to refresh for a user locked after signing in", async () => {
    const first = await login("viewer@acme.test");
    const user = await findUserByEmail(db, "viewer@acme.test");
    await setUserLocked(db, user!.id, true);
    try {
      const result = await refresh(first.body.refresh_token as string);
      expectOAuthError(result, 400, "invalid_grant");
      expect(result.body.error_description).toMatch(/locked/i);
    } finally {
      await setUserLocked(db, user!.id, false);
    }
  });
});
