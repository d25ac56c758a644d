import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/track-api/store/db";
import { createUser } from "./accounts";
import { createHashGate, type HashGate } from "./hash-gate";
import { hashPassword } from "./passwords";
import { DEMO_CLIENT_HEADERS, demoDb, expectOAuthError, freshThrottle, tokenRequest } from "./test-support";
import { DEFAULT_THROTTLE_POLICY, type SignInThrottle } from "./throttle";
import { handleTokenRequest } from "./token-endpoint";

const CLIENT = DEMO_CLIENT_HEADERS;
const T0 = Date.UTC(2025, 0, 15, 12, 0, 0);
const SECOND = 1000;
// Cheap scrypt parameters for the made-up users, so that many failures stay fast.
const FAST = { N: 1024, r: 8, p: 1 };

let db: Db;
let throttle: SignInThrottle;
let hashing: HashGate;

beforeAll(async () => {
  db = await demoDb();
  const victim = await createUser(db, {
    tenantId: "acme",
    email: "victim@acme.test",
    name: "Victim",
    password: "x",
    roles: ["track"],
  });
  await db
    .updateTable("users")
    .set({ password_hash: await hashPassword("right", FAST) })
    .where("id", "=", victim.id)
    .execute();
});
beforeEach(async () => {
  throttle = await freshThrottle(db);
  hashing = createHashGate({ concurrency: 1, maxWaiting: 1, retryAfterSeconds: 3 });
});

async function login(
  username: string,
  password: string,
  options: { from?: string; now?: number; headers?: Record<string, string> } = {},
) {
  const { from = "10.0.0.1", now = T0, headers = {} } = options;
  const request = tokenRequest({ grant_type: "password", username, password }, { ...CLIENT, ...headers }, from);
  const response = await handleTokenRequest(db, request, { now, throttle, hashing });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

/** A task that holds a hashing slot until the test lets it go. */
function held() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { task: () => done, finish };
}

describe("failed sign-in throttle at the token endpoint", () => {
  it("answers 429 with Retry-After after a few failures from one address, while another user still signs in", async () => {
    for (let i = 0; i < DEFAULT_THROTTLE_POLICY.free.pair; i++)
      expectOAuthError(await login("victim@acme.test", "wrong"), 400, "invalid_grant");

    // Even the right password waits now, so guessing gains nothing.
    const blocked = await login("victim@acme.test", "right", { now: T0 + SECOND });
    expectOAuthError(blocked, 429, "too_many_requests");
    expect(blocked.response.headers.get("retry-after")).toBe("1");

    expect((await login("viewer@acme.test", "demo", { now: T0 + SECOND })).response.status).toBe(200);
    expect((await login("victim@acme.test", "right", { now: T0 + 2 * SECOND })).response.status).toBe(200);
  });

  it("lets the right password in about a minute after a stranger's many failures, and at once where the user signed in before", async () => {
    expect((await login("victim@acme.test", "right", { from: "192.0.2.10" })).response.status).toBe(200);
    let lastCounted = T0;
    for (let s = 1; s <= 90; s++) {
      const { response } = await login("victim@acme.test", "guess", { from: `198.51.100.${s}`, now: T0 + s * SECOND });
      if (response.status === 400) lastCounted = T0 + s * SECOND;
    }
    expect((await login("victim@acme.test", "right", { from: "192.0.2.10", now: lastCounted })).response.status).toBe(
      200,
    );
    expectOAuthError(
      await login("victim@acme.test", "right", { from: "203.0.113.5", now: lastCounted }),
      429,
      "too_many_requests",
    );
    expect(
      (await login("victim@acme.test", "right", { from: "203.0.113.5", now: lastCounted + 60 * SECOND })).response
        .status,
    ).toBe(200);
  });

  it("counts the socket's address, whatever X-Forwarded-For says", async () => {
    throttle = await freshThrottle(db, {
      ...DEFAULT_THROTTLE_POLICY,
      free: { ...DEFAULT_THROTTLE_POLICY.free, address: 3 },
    });
    for (let i = 0; i < 3; i++) {
      const result = await login(`nobody${i}@acme.test`, "x", {
        from: "192.0.2.66",
        headers: { "x-forwarded-for": `10.0.0.${i}` },
      });
      expectOAuthError(result, 400, "invalid_grant");
    }
    const dodge = await login("nobody9@acme.test", "x", {
      from: "192.0.2.66",
      headers: { "x-forwarded-for": "10.0.0.99" },
    });
    expectOAuthError(dodge, 429, "too_many_requests");
  });
});

describe("bounded password hashing at the token endpoint", () => {
  it("answers 503 temporarily_unavailable with Retry-After when the queue is full, and does not count it as a failure", async () => {
    // The first sign-in checks the client secret; later ones reuse that, so only the password waits.
    expect((await login("demo@acme.test", "demo")).response.status).toBe(200);
    const slots = [held(), held()];
    const occupied = slots.map((slot) => hashing.run(slot.task));

    const refused = await login("victim@acme.test", "wrong", { from: "198.51.100.7" });
    expectOAuthError(refused, 503, "temporarily_unavailable");
    expect(refused.response.headers.get("retry-after")).toBe("3");

    for (const slot of slots) slot.finish();
    await Promise.all(occupied);
    for (let i = 0; i < DEFAULT_THROTTLE_POLICY.free.pair; i++) {
      expectOAuthError(await login("victim@acme.test", "wrong", { from: "198.51.100.7" }), 400, "invalid_grant");
    }
  });

  it("checks a known user's password ahead of a full queue of strangers", async () => {
    expect((await login("demo@acme.test", "demo", { from: "192.0.2.10" })).response.status).toBe(200);
    // Records the order in which checks start.
    const inner = hashing;
    const started: string[] = [];
    hashing = {
      load: inner.load,
      run: (task, priority) => inner.run(async () => (started.push(priority ? "known" : "stranger"), task()), priority),
    };
    const running = held();
    const occupied = inner.run(running.task);
    const stranger = login("victim@acme.test", "wrong", { from: "198.51.100.8" });
    await vi.waitFor(() => expect(inner.load().waiting).toBe(1));
    expectOAuthError(await login("viewer@acme.test", "demo", { from: "198.51.100.9" }), 503, "temporarily_unavailable");

    const known = login("demo@acme.test", "demo", { from: "192.0.2.10" });
    await vi.waitFor(() => expect(inner.load().waiting).toBe(2));
    running.finish();
    await Promise.all([occupied, stranger]);
    expect((await known).response.status).toBe(200);
    expect(started).toEqual(["known", "stranger"]);
  });
});
