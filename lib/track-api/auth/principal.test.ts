import { generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { HttpError } from "@/lib/track-api/http/errors";
import type { Db } from "@/lib/track-api/store/db";
import { findUserByEmail, setUserLocked, type User } from "./accounts";
import { getSigningKey } from "./keys";
import { authenticateWith, requireRole, type Principal } from "./principal";
import { demoDb } from "./test-support";
import { issueAccessToken, issueIdToken } from "./tokens";

const T0 = Date.UTC(2025, 0, 15, 12, 0, 0);
const SCOPE = "openid email userInfo roles";

let db: Db;
let user: User;

beforeAll(async () => {
  db = await demoDb();
  user = (await findUserByEmail(db, "demo@acme.test"))!;
});

const bearer = (token: string) =>
  new Request("http://localhost:3000/track/api/health", { headers: { Authorization: `Bearer ${token}` } });
const accessToken = (now = T0, who: User = user) =>
  issueAccessToken(db, { issuer: "http://localhost:3000/auth", user: who, clientId: "demo-client", scope: SCOPE, now });

/** An access token with every claim right, signed with `key`; the options break one thing at a time. */
function sign(
  key: CryptoKey,
  {
    kid,
    aud = "track-api",
    typ = "at+jwt",
    iss = "http://localhost:3000/auth",
  }: { kid: string; aud?: string; typ?: string; iss?: string },
) {
  return new SignJWT({ tenant: "acme", roles: ["track"], scope: SCOPE, client_id: "demo-client", email: user.email })
    .setProtectedHeader({ alg: "ES256", kid, typ })
    .setIssuer(iss)
    .setSubject(user.id)
    .setAudience(aud)
    .setIssuedAt(T0 / 1000)
    .setExpirationTime(T0 / 1000 + 900)
    .setJti("jti")
    .sign(key);
}

async function rejection(request: Request, now = T0): Promise<HttpError> {
  const error = await authenticateWith(db, request, now).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

async function expectInvalidToken(request: Request, message: RegExp, now = T0) {
  const error = await rejection(request, now);
  expect(error.status).toBe(401);
  expect(error.code).toBe("invalid_token");
  expect(error.message).toMatch(message);
  expect(error.headers["WWW-Authenticate"]).toMatch(
    /^Bearer realm="track", error="invalid_token", error_description="[^"]+"$/,
  );
}

describe("authenticateWith", () => {
  it("returns the principal of a valid token", async () => {
    const principal = await authenticateWith(db, bearer(await accessToken()), T0 + 60_000);
    expect(principal).toEqual({
      userId: user.id,
      tenantId: "acme",
      roles: ["track", "blob", "report"],
      clientId: "demo-client",
      scope: SCOPE,
      email: "demo@acme.test",
    });
  });

  it("answers a bare Bearer challenge when there is no token", async () => {
    const error = await rejection(new Request("http://localhost:3000/x"));
    expect(error.status).toBe(401);
    expect(error.headers["WWW-Authenticate"]).toBe('Bearer realm="track"');
  });

  it("rejects a malformed Authorization header or token", async () => {
    await expectInvalidToken(
      new Request("http://x/", { headers: { Authorization: "Basic abc" } }),
      /not a Bearer token/,
    );
    await expectInvalidToken(bearer("not.a.jwt"), /invalid/);
  });

  it("rejects an expired token", async () => {
    const token = await accessToken();
    await expect(authenticateWith(db, bearer(token), T0 + 899_000)).resolves.toBeTruthy();
    await expectInvalidToken(bearer(token), /expired/, T0 + 901_000);
  });

  it("rejects a token signed with a foreign key, even one claiming our kid", async () => {
    const { kid } = await getSigningKey(db);
    const foreign = await generateKeyPair("ES256");
    await expectInvalidToken(bearer(await sign(foreign.privateKey, { kid })), /invalid/);
    await expectInvalidToken(
      bearer(await sign(foreign.privateKey, { kid: "someone-else" })),
      /not signed by this service/,
    );
  });

  it("rejects a token whose payload was tampered with", async () => {
    const [header, payload, signature] = (await accessToken()).split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const tampered = Buffer.from(JSON.stringify({ ...claims, tenant: "globex" })).toString("base64url");
    await expectInvalidToken(bearer([header, tampered, signature].join(".")), /invalid/);
  });

  it("rejects a token of ours meant for another audience or of another type, or of another issuer", async () => {
    const key = await getSigningKey(db);
    expect((await authenticateWith(db, bearer(await sign(key.privateKey, { kid: key.kid })), T0)).userId).toBe(user.id);
    await expectInvalidToken(bearer(await sign(key.privateKey, { kid: key.kid, aud: "another-api" })), /invalid/);
    await expectInvalidToken(bearer(await sign(key.privateKey, { kid: key.kid, typ: "JWT" })), /invalid/);
    await expectInvalidToken(
      bearer(await sign(key.privateKey, { kid: key.kid, iss: "http://track.example.test/auth" })),
      /not issued by this service/,
    );
  });

  it("rejects an id_token used as an access token", async () => {
    const idToken = await issueIdToken(db, {
      issuer: "http://localhost:3000/auth",
      user,
      clientId: "demo-client",
      scope: SCOPE,
      now: T0,
    });
    await expectInvalidToken(bearer(idToken), /invalid/);
  });

  it("drops roles taken away from the user since the token was issued", async () => {
    const token = await accessToken();
    await db.updateTable("users").set({ roles: "track" }).where("id", "=", user.id).execute();
    try {
      expect((await authenticateWith(db, bearer(token), T0)).roles).toEqual(["track"]);
    } finally {
      await db.updateTable("users").set({ roles: "track blob report" }).where("id", "=", user.id).execute();
    }
  });

  it("rejects the token of a user locked after it was issued", async () => {
    const viewer = (await findUserByEmail(db, "viewer@acme.test"))!;
    const token = await accessToken(T0, viewer);
    await setUserLocked(db, viewer.id, true);
    try {
      await expectInvalidToken(bearer(token), /locked/);
    } finally {
      await setUserLocked(db, viewer.id, false);
    }
  });
});

describe("requireRole", () => {
  const principal: Principal = {
    userId: "u",
    tenantId: "acme",
    roles: ["track"],
    clientId: "demo-client",
    scope: SCOPE,
    email: "v@acme.test",
  };

  it("passes with the role and throws 403 forbidden naming a missing one", () => {
    expect(() => requireRole(principal, "track")).not.toThrow();
    let thrown: unknown;
    try {
      requireRole(principal, "blob");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(HttpError);
    expect(thrown).toMatchObject({ status: 403, code: "forbidden", message: expect.stringContaining('"blob"') });
  });
});
