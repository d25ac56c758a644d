import Database from "better-sqlite3";
import { generateKeyPair, importJWK, SignJWT, type JWK } from "jose";
import { basic, bearer, expect, test, tokenFor } from "../fixtures";

const SCOPE = "openid email userInfo roles";
const E2E_DB = "data/e2e/track.db";

/** Signs an access token with the server's own key (read from the e2e database) or with any key. */
async function signToken(
  claims: Record<string, unknown>,
  key?: { kid: string; privateKey: CryptoKey | Uint8Array },
  expiresIn = 600,
) {
  let signer = key;
  if (!signer) {
    const db = new Database(E2E_DB, { readonly: true });
    const row = db.prepare("select kid, private_jwk from signing_keys order by created_at desc limit 1").get() as {
      kid: string;
      private_jwk: string;
    };
    db.close();
    signer = { kid: row.kid, privateKey: (await importJWK(JSON.parse(row.private_jwk) as JWK, "ES256")) as CryptoKey };
  }
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    tenant: "acme",
    roles: ["track"],
    scope: SCOPE,
    client_id: "demo-client",
    email: "demo@acme.test",
    ...claims,
  })
    .setProtectedHeader({ alg: "ES256", kid: signer.kid, typ: "at+jwt" })
    .setAudience("track-api")
    .setIssuedAt(now - 3600)
    .setExpirationTime(now + expiresIn)
    .setJti(crypto.randomUUID())
    .sign(signer.privateKey);
}

test.describe("Bearer tokens on the Track API", () => {
  test("401 with WWW-Authenticate for no, malformed, expired, forged and foreign-key tokens", async ({ api }) => {
    const good = await tokenFor(api);
    const sub = JSON.parse(Buffer.from(good.split(".")[1], "base64url").toString()).sub;
    const [header, payload, signature] = good.split(".");
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), tenant: "globex" }),
    ).toString("base64url");
    const foreign = await generateKeyPair("ES256");
    const cases: [string, Record<string, string>][] = [
      ["no token", {}],
      ["a malformed token", bearer("not-a-jwt")],
      ["an expired token", bearer(await signToken({ sub }, undefined, -60))],
      ["a forged payload", bearer(`${header}.${forgedPayload}.${signature}`)],
      [
        "a token signed by a foreign key",
        bearer(
          await signToken(
            { sub },
            { kid: JSON.parse(Buffer.from(header, "base64url").toString()).kid, privateKey: foreign.privateKey },
          ),
        ),
      ],
      ["a Basic header", { authorization: basic() }],
    ];
    for (const [name, headers] of cases) {
      const response = await api.post("/track/api/transactions", { headers, data: { filter: {} } });
      expect(response.status(), name).toBe(401);
      expect(response.headers()["www-authenticate"], name).toMatch(/^Bearer /);
      if (Object.keys(headers).length && name !== "a Basic header")
        expect(response.headers()["www-authenticate"], name).toContain('error="invalid_token"');
    }
    expect((await api.post("/track/api/transactions", { headers: bearer(good), data: { filter: {} } })).status()).toBe(
      200,
    );
  });
});

test.describe("POST /auth/token", () => {
  const token = (form: Record<string, string>, authorization = basic()) => ({ headers: { authorization }, form });

  test("issues access, refresh and id tokens and rotates the refresh token", async ({ api }) => {
    const first = await api.post(
      "/auth/token",
      token({ grant_type: "password", username: "demo@globex.test", password: "demo", scope: SCOPE }),
    );
    expect(first.status()).toBe(200);
    expect(first.headers()["cache-control"]).toContain("no-store");
    const body = await first.json();
    expect(body).toMatchObject({
      token_type: "Bearer",
      scope: SCOPE,
      expires_in: expect.any(Number),
      id_token: expect.any(String),
      refresh_token: expect.any(String),
    });
    const claims = JSON.parse(Buffer.from(body.access_token.split(".")[1], "base64url").toString());
    expect(claims).toMatchObject({ tenant: "globex", roles: ["track", "blob", "report"], aud: "track-api" });

    const refreshed = await api.post(
      "/auth/token",
      token({ grant_type: "refresh_token", refresh_token: body.refresh_token }),
    );
    expect(refreshed.status()).toBe(200);
    const next = await refreshed.json();
    expect(next.refresh_token).not.toBe(body.refresh_token);
    const reuse = await api.post(
      "/auth/token",
      token({ grant_type: "refresh_token", refresh_token: body.refresh_token }),
    );
    expect(reuse.status()).toBe(400);
    expect((await reuse.json()).error).toBe("invalid_grant");
    const afterReuse = await api.post(
      "/auth/token",
      token({ grant_type: "refresh_token", refresh_token: next.refresh_token }),
    );
    expect((await afterReuse.json()).error, "reuse revokes the whole family").toBe("invalid_grant");
  });

  test("answers RFC 6749 errors", async ({ api }) => {
    const cases: [string, { form: Record<string, string>; authorization?: string }, number, string][] = [
      [
        "wrong password",
        { form: { grant_type: "password", username: "demo@globex.test", password: "nope" } },
        400,
        "invalid_grant",
      ],
      [
        "bad client secret",
        {
          form: { grant_type: "password", username: "demo@globex.test", password: "demo" },
          authorization: basic("demo-client", "wrong"),
        },
        401,
        "invalid_client",
      ],
      ["unknown grant", { form: { grant_type: "client_credentials" } }, 400, "unsupported_grant_type"],
      [
        "unknown scope",
        { form: { grant_type: "password", username: "demo@globex.test", password: "demo", scope: "openid admin" } },
        400,
        "invalid_scope",
      ],
      ["missing password", { form: { grant_type: "password", username: "demo@globex.test" } }, 400, "invalid_request"],
      ["missing grant type", { form: { username: "demo@globex.test" } }, 400, "invalid_request"],
    ];
    for (const [name, request, status, error] of cases) {
      const response = await api.post("/auth/token", token(request.form, request.authorization));
      expect(response.status(), name).toBe(status);
      const body = await response.json();
      expect(body.error, name).toBe(error);
      expect(body.error_description, name).toEqual(expect.any(String));
      if (status === 401) expect(response.headers()["www-authenticate"]).toMatch(/^Basic /);
    }
    const noClient = await api.post("/auth/token", {
      form: { grant_type: "password", username: "demo@globex.test", password: "demo" },
    });
    expect(noClient.status()).toBe(401);
    expect((await noClient.json()).error).toBe("invalid_client");
  });

  test("throttles repeated failures for one user with 429 and Retry-After, without blocking others", async ({
    api,
  }) => {
    const user = `throttled-${Date.now()}@acme.test`;
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 5; i++) {
      last = await api.post("/auth/token", token({ grant_type: "password", username: user, password: "wrong" }));
      statuses.push(last.status());
    }
    // Three tries from one address, then a growing delay (2 s first) rather than a lock.
    expect(statuses).toEqual([400, 400, 400, 429, 429]);
    expect(Number(last!.headers()["retry-after"])).toBeGreaterThan(0);
    expect(Number(last!.headers()["retry-after"])).toBeLessThanOrEqual(2);
    expect((await last!.json()).error).toBe("too_many_requests");
    const other = await api.post(
      "/auth/token",
      token({ grant_type: "password", username: "viewer@acme.test", password: "demo" }),
    );
    expect(other.status()).toBe(200);
  });

  test("changing X-Forwarded-For does not dodge the per-address throttle", async ({ api }) => {
    // Each failure costs a full password hash, one after another on a busy machine.
    test.setTimeout(120_000);
    // NOTE: the whole suite signs in from this address; start and end with no failures counted.
    const forget = async () => expect((await api.delete("/track/api/test/sign-in-throttle")).status()).toBe(204);
    await forget();
    try {
      const run = Date.now();
      const attempt = (i: number) =>
        api.post("/auth/token", {
          headers: { authorization: basic(), "x-forwarded-for": `10.${i >> 8}.${i & 255}.7` },
          form: { grant_type: "password", username: `spray-${run}-${i}@nowhere.test`, password: "wrong" },
        });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await attempt(i)).status());
      expect(statuses).toEqual(Array(20).fill(400));
      const dodge = await attempt(20);
      expect(dodge.status()).toBe(429);
      expect(Number(dodge.headers()["retry-after"])).toBeGreaterThan(0);
      expect((await dodge.json()).error).toBe("too_many_requests");
    } finally {
      await forget();
    }
  });
});

test("a viewer lacks the blob and ingest roles (403)", async ({ api }) => {
  const headers = bearer(await tokenFor(api, "viewer@acme.test"));
  const response = await api.post("/track/api/events", { headers, data: { events: [] } });
  expect(response.status()).toBe(403);
});
