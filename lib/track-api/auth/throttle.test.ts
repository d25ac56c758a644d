import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/track-api/store/db";
import { STORE_BACKEND } from "@/test/store-backend";
import { memoryDb } from "@/test/store-fixtures";
import { freshThrottle } from "./test-support";
import { DEFAULT_THROTTLE_POLICY, delayAfter, type SignInAttempt, type SignInThrottle } from "./throttle";

const T0 = 1_000_000_000_000;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const { free } = DEFAULT_THROTTLE_POLICY;

// The same cases for each implementation, the one the app gives the store: in memory in the unit
// project (SQLite), in the store's database in "store on postgres" (vitest.config.mts).
const IMPLEMENTATION = STORE_BACKEND === "postgres" ? "in PostgreSQL" : "in memory";
let db: Db;
beforeAll(async () => {
  db = await memoryDb();
});
afterAll(async () => {
  await db.destroy();
});

/** A throttle with no counts. */
const createThrottle = () => freshThrottle(db);

/** One password check that turns out wrong; the seconds to wait instead if it may not start. */
async function fail(throttle: SignInThrottle, user: string, address: string, now: number): Promise<number> {
  const attempt = await throttle.begin(user, address, now);
  return "retryAfter" in attempt ? attempt.retryAfter : 0;
}

async function succeed(throttle: SignInThrottle, user: string, address: string, now: number): Promise<SignInAttempt> {
  const attempt = await throttle.begin(user, address, now);
  if ("retryAfter" in attempt) throw new Error(`throttled for ${attempt.retryAfter} s`);
  await attempt.succeeded();
  return attempt;
}

describe("delay schedule", () => {
  it("is free up to the allowance, then doubles from 2 s up to a minute", () => {
    const delays = Array.from({ length: 12 }, (_, failures) => delayAfter(failures, 3) / SECOND);
    expect(delays).toEqual([0, 0, 0, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
    expect(delayAfter(10_000, 3)).toBe(MINUTE);
  });
});

describe(`sign-in throttle ${IMPLEMENTATION}`, () => {
  it("slows one address guessing one user's password after a few tries; 429s do not count", async () => {
    const throttle = await createThrottle();
    for (let i = 0; i < free.pair; i++) expect(await fail(throttle, "a@x.test", "192.0.2.1", T0)).toBe(0);
    expect(await fail(throttle, "A@X.test ", "192.0.2.1", T0)).toBe(2);
    // Hammering while told to wait changes nothing.
    for (let i = 0; i < 50; i++) await fail(throttle, "a@x.test", "192.0.2.1", T0 + SECOND);
    expect(await throttle.retryAfter("a@x.test", "192.0.2.1", T0 + SECOND)).toBe(1);
    expect(await fail(throttle, "a@x.test", "192.0.2.1", T0 + 2 * SECOND)).toBe(0);
    expect(await throttle.retryAfter("a@x.test", "192.0.2.1", T0 + 2 * SECOND)).toBe(4);
    // Other users, and the same user elsewhere, are not held up by this pair.
    expect(await throttle.retryAfter("b@x.test", "192.0.2.1", T0 + 2 * SECOND)).toBe(0);
    expect(await throttle.retryAfter("a@x.test", "198.51.100.1", T0 + 2 * SECOND)).toBe(0);
  });

  it("limits guessing one password from anywhere to about one try a minute", async () => {
    const throttle = await createThrottle();
    const checked: number[] = [];
    // A new address every second for ten minutes, each trying as soon as it may.
    for (let s = 0; s < 600; s++) {
      const now = T0 + s * SECOND;
      while ((await fail(throttle, "victim@x.test", `10.0.${s >> 8}.${s & 255}`, now)) === 0) checked.push(s);
    }
    // Each address gets its pair's few tries until the user's own allowance is used up.
    expect(checked.filter((s) => s < 2)).toHaveLength(free.user);
    expect(checked.filter((s) => s < 60).length).toBeLessThanOrEqual(free.user + 5);
    expect(checked.filter((s) => s >= 300).length).toBeLessThanOrEqual(5);
  });

  it("lets the user in within a minute of a stranger's last failure, and at once from a known address", async () => {
    const throttle = await createThrottle();
    await succeed(throttle, "victim@x.test", "192.0.2.10", T0);
    let last = T0;
    for (let s = 1; s <= 120; s++) {
      const now = T0 + s * SECOND;
      if ((await fail(throttle, "victim@x.test", `10.1.0.${s}`, now)) === 0) last = now;
    }
    // From a new address: held up, but for a minute at most after the stranger's last counted failure.
    const waited = await throttle.retryAfter("victim@x.test", "203.0.113.5", last);
    expect(waited).toBeGreaterThan(0);
    expect(waited).toBeLessThanOrEqual(60);
    expect(await throttle.retryAfter("victim@x.test", "203.0.113.5", last + MINUTE)).toBe(0);
    await succeed(throttle, "victim@x.test", "203.0.113.5", last + MINUTE);
    // From where they signed in before: not held up at all.
    expect((await succeed(throttle, "victim@x.test", "192.0.2.10", last)).known).toBe(true);
  });

  it("slows an address trying many user names, except for users known there", async () => {
    const throttle = await createThrottle();
    await succeed(throttle, "colleague@x.test", "192.0.2.1", T0);
    for (let i = 0; i < free.address; i++) expect(await fail(throttle, `u${i}@x.test`, "192.0.2.1", T0)).toBe(0);
    expect(await fail(throttle, "fresh@x.test", "192.0.2.1", T0)).toBe(2);
    expect(await throttle.retryAfter(null, "192.0.2.1", T0)).toBe(2);
    expect(await throttle.retryAfter("colleague@x.test", "192.0.2.1", T0)).toBe(0);
    expect(await throttle.retryAfter("fresh@x.test", "198.51.100.1", T0)).toBe(0);
  });

  it("counts failures without a user (wrong client secrets) against the address", async () => {
    const throttle = await createThrottle();
    for (let i = 0; i < free.address; i++) await throttle.recordFailure("192.0.2.1", T0);
    expect(await throttle.retryAfter(null, "192.0.2.1", T0)).toBe(2);
    expect(await throttle.retryAfter("fresh@x.test", "192.0.2.1", T0)).toBe(2);
  });

  it("never counts successes, however many from one address", async () => {
    const throttle = await createThrottle();
    for (let i = 0; i < 1000; i++) await succeed(throttle, `user${i % 7}@x.test`, "127.0.0.1", T0 + i);
    expect(await throttle.retryAfter("new@x.test", "127.0.0.1", T0 + 1000)).toBe(0);
  });

  it("counts an attempt before its check, so parallel guesses cannot all start; withdraw undoes it", async () => {
    const throttle = await createThrottle();
    const started = await Promise.all(Array.from({ length: 10 }, () => throttle.begin("a@x.test", "192.0.2.1", T0)));
    expect(started.filter((a) => !("retryAfter" in a))).toHaveLength(free.pair);
    for (const attempt of started) if (!("retryAfter" in attempt)) await attempt.withdraw();
    expect(await throttle.retryAfter("a@x.test", "192.0.2.1", T0)).toBe(0);
  });

  it("forgets a user's own mistakes once they sign in", async () => {
    const throttle = await createThrottle();
    for (let round = 0; round < 5; round++) {
      for (let i = 1; i < free.pair; i++) expect(await fail(throttle, "a@x.test", "192.0.2.1", T0 + round)).toBe(0);
      await succeed(throttle, "a@x.test", "192.0.2.1", T0 + round);
    }
  });

  it("forgets a count after a quiet quarter of an hour", async () => {
    const throttle = await createThrottle();
    for (let i = 0; i < 20; i++) await fail(throttle, "a@x.test", "192.0.2.1", T0 + i * MINUTE);
    const last = T0 + 19 * MINUTE;
    expect(await throttle.retryAfter("a@x.test", "192.0.2.1", last)).toBeGreaterThan(0);
    expect(await throttle.retryAfter("a@x.test", "192.0.2.1", last + 15 * MINUTE + 1)).toBe(0);
    await throttle.reset();
  });

  it("holds nobody up within the allowance when the last failure is a little ahead (another instance's clock)", async () => {
    const throttle = await createThrottle();
    await fail(throttle, "a@x.test", "192.0.2.1", T0 + 50);
    expect(await throttle.retryAfter("a@x.test", "192.0.2.1", T0)).toBe(0);
    expect(await fail(throttle, "a@x.test", "192.0.2.1", T0)).toBe(0);
  });

  it("counts an IPv6 /64 as one address", async () => {
    const throttle = await createThrottle();
    for (let i = 0; i < free.address; i++)
      await fail(throttle, `u${i}@x.test`, `2001:db8:1:2::${(i + 1).toString(16)}`, T0);
    expect(await throttle.retryAfter("fresh@x.test", "2001:db8:1:2:ffff::1", T0)).toBe(2);
    expect(await throttle.retryAfter("fresh@x.test", "2001:db8:1:3::1", T0)).toBe(0);
  });
});
