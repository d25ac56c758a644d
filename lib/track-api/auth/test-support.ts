import { expect } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/net/client-address";
import { ensureDemoAccounts } from "@/lib/track-api/seed/demo-accounts";
import { dialectOf } from "@/lib/track-api/store/connection";
import type { Db } from "@/lib/track-api/store/db";
import { memoryDb } from "@/test/store-fixtures";
import { createSignInThrottle, DEFAULT_THROTTLE_POLICY, type SignInThrottle } from "./throttle";
import { createPostgresSignInThrottle } from "./throttle-postgres";

/** A migrated store with the demo tenants, client and users (tests only). */
export async function demoDb(): Promise<Db> {
  const db = await memoryDb();
  await ensureDemoAccounts(db);
  return db;
}

/**
 * A sign-in throttle with no counts, of the kind the app gives this store: in its database on
 * PostgreSQL (failing the test if the database does), in memory on SQLite (tests only).
 */
export async function freshThrottle(db: Db, policy = DEFAULT_THROTTLE_POLICY): Promise<SignInThrottle> {
  if (dialectOf(db).kind !== "postgres") return createSignInThrottle(policy);
  const throttle = createPostgresSignInThrottle(db, policy, {
    log: (message) => {
      throw new Error(`the throttle's database failed: ${message}`);
    },
  });
  await throttle.reset();
  return throttle;
}

/** An HTTP Basic header with id and secret form-encoded first, as RFC 6749 §2.3.1 asks. */
export function basicAuth(id: string, secret: string): string {
  const encode = (s: string) => encodeURIComponent(s).replace(/%20/g, "+");
  return `Basic ${Buffer.from(`${encode(id)}:${encode(secret)}`).toString("base64")}`;
}

/** A POST /auth/token request with the given form fields, from 10.0.0.1 unless `from` says (tests only). */
export function tokenRequest(
  fields: Record<string, string>,
  headers: Record<string, string> = {},
  from = "10.0.0.1",
): Request {
  return new Request("http://localhost:3000/auth/token", {
    method: "POST",
    // As the server's peer-address hook stamps it.
    headers: { "content-type": "application/x-www-form-urlencoded", [PEER_ADDRESS_HEADER]: from, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The demo client's credentials as request headers (tests only). */
export const DEMO_CLIENT_HEADERS = { Authorization: basicAuth("demo-client", "demo-secret") };

/** Asserts an RFC 6749 §5.2 error answer: the status, exactly `error` and `error_description`, no caching. */
export function expectOAuthError(
  result: { response: Response; body: Record<string, unknown> },
  status: number,
  error: string,
) {
  expect(result.response.status).toBe(status);
  expect(Object.keys(result.body).sort()).toEqual(["error", "error_description"]);
  expect(result.body.error).toBe(error);
  expect(result.response.headers.get("cache-control")).toBe("no-store");
}
