import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/track-api/store/db";
import { createClient } from "./accounts";
import { revokeFamilyOf } from "./refresh-tokens";
import { handleRevocationRequest } from "./revocation-endpoint";
import { basicAuth, DEMO_CLIENT_HEADERS, demoDb, tokenRequest } from "./test-support";
import { handleTokenRequest } from "./token-endpoint";

const CLIENT = DEMO_CLIENT_HEADERS;

let db: Db;
beforeAll(async () => {
  db = await demoDb();
  await createClient(db, { id: "other-client", name: "Other", secret: "other-secret" });
});

async function grant(fields: Record<string, string>, headers = CLIENT) {
  const response = await handleTokenRequest(db, tokenRequest(fields, headers));
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}
const signIn = () => grant({ grant_type: "password", username: "demo@acme.test", password: "demo" });
const refresh = (token: string) => grant({ grant_type: "refresh_token", refresh_token: token });

async function revoke(fields: Record<string, string>, headers: Record<string, string> = CLIENT) {
  const request = new Request("http://localhost:3000/auth/revoke", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  const response = await handleRevocationRequest(db, request);
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, string>) : null,
    cacheControl: response.headers.get("cache-control"),
  };
}

describe("POST /auth/revoke (RFC 7009)", () => {
  it("revokes a refresh token's family: neither it nor its successor rotates afterwards", async () => {
    const first = (await signIn()).body.refresh_token;
    const second = (await refresh(first)).body.refresh_token;
    // A stale (already spent) token of the family ends the sign-in as well as the current one.
    expect(await revoke({ token: first, token_type_hint: "refresh_token" })).toEqual({
      status: 200,
      body: null,
      cacheControl: "no-store",
    });
    const after = await refresh(second);
    expect(after.status).toBe(400);
    expect(after.body).toMatchObject({ error: "invalid_grant", error_description: expect.stringContaining("revoked") });
  });

  it("answers 200 for an unknown or already revoked token", async () => {
    expect((await revoke({ token: "no-such-token" })).status).toBe(200);
    const token = (await signIn()).body.refresh_token;
    expect((await revoke({ token })).status).toBe(200);
    expect((await revoke({ token })).status).toBe(200);
  });

  it("refuses to revoke access tokens, tokens of another client and requests without a token", async () => {
    const { access_token, refresh_token } = (await signIn()).body;
    expect((await revoke({ token: access_token, token_type_hint: "access_token" })).body).toMatchObject({
      error: "unsupported_token_type",
    });
    const other = await revoke({ token: refresh_token }, { Authorization: basicAuth("other-client", "other-secret") });
    expect(other).toMatchObject({ status: 400, body: { error: "unauthorized_client" } });
    expect((await refresh(refresh_token)).status).toBe(200);
    expect((await revoke({})).body).toMatchObject({
      error: "invalid_request",
      error_description: "Missing parameter: token",
    });
  });

  it("authenticates the client", async () => {
    const token = (await signIn()).body.refresh_token;
    const wrong = await revoke({ token }, { Authorization: basicAuth("demo-client", "wrong") });
    expect(wrong).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    expect((await revoke({ token }, {})).status).toBe(401);
    expect(await revokeFamilyOf(db, token, "demo-client")).toBe("revoked");
  });
});
