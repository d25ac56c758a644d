import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { migrate, openDb, type Db } from "@/lib/track-api/store/db";
import { STORE_BACKEND, freshStoreUrl } from "@/test/store-backend";
import { DEFAULT_THROTTLE_POLICY, type SignInThrottle } from "./throttle";
import { createPostgresSignInThrottle } from "./throttle-postgres";

const T0 = 1_000_000_000_000;
const { free } = DEFAULT_THROTTLE_POLICY;

// Two instances behind a load balancer: two pools (as two processes would have) on one database.
describe.runIf(STORE_BACKEND === "postgres")("sign-in throttle on PostgreSQL, shared by instances", () => {
  let url: string;
  let dbA: Db;
  let dbB: Db;
  let a: SignInThrottle;
  let b: SignInThrottle;
  const logged: string[] = [];
  const log = (message: string) => void logged.push(message);

  beforeAll(async () => {
    url = await freshStoreUrl();
    dbA = openDb(url);
    await migrate(dbA);
    dbB = openDb(url);
  });
  afterAll(async () => {
    await dbA.destroy();
    await dbB.destroy();
  });
  beforeEach(async () => {
    a = createPostgresSignInThrottle(dbA, DEFAULT_THROTTLE_POLICY, { log });
    b = createPostgresSignInThrottle(dbB, DEFAULT_THROTTLE_POLICY, { log });
    await a.reset();
    logged.length = 0;
  });

  const started = (attempts: Awaited<ReturnType<SignInThrottle["begin"]>>[]) =>
    attempts.filter((attempt) => !("retryAfter" in attempt)).length;
  const stored = async (key: string) =>
    (await sql<{ failures: number }>`select failures from sign_in_failures where key = ${key}`.execute(dbA)).rows[0]
      ?.failures;

  it("adds up the failures through both instances", async () => {
    const alternate = [a, b, a];
    for (const throttle of alternate.slice(0, free.pair))
      expect("retryAfter" in (await throttle.begin("a@x.test", "192.0.2.1", T0))).toBe(false);
    expect(await a.begin("a@x.test", "192.0.2.1", T0)).toEqual({ retryAfter: 2 });
    expect(await b.retryAfter("a@x.test", "192.0.2.1", T0)).toBe(2);
    // Wrong client secrets through either count against the address on both.
    for (let i = 0; i < free.address; i++) await (i % 2 ? a : b).recordFailure("198.51.100.7", T0);
    expect(await a.retryAfter(null, "198.51.100.7", T0)).toBe(2);
    expect(await b.retryAfter("fresh@x.test", "198.51.100.7", T0)).toBe(2);
    // A sign-in through one makes the pair known on the other.
    const attempt = await b.begin("c@x.test", "203.0.113.9", T0);
    if ("retryAfter" in attempt) throw new Error("throttled");
    await attempt.succeeded();
    expect((await a.begin("c@x.test", "203.0.113.9", T0 + 1)) as { known: boolean }).toMatchObject({ known: true });
    expect(logged).toEqual([]);
  });

  it("lets exactly the allowance through when both instances start many attempts at once", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).begin("a@x.test", "192.0.2.1", T0)),
    );
    expect(started(attempts)).toBe(free.pair);
    expect(await stored("pair:a@x.test 192.0.2.1")).toBe(free.pair);

    // Many users from one address: the address's allowance, exactly.
    const spread = await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).begin(`u${i}@x.test`, "192.0.2.2", T0)),
    );
    expect(started(spread)).toBe(free.address);
    expect(await stored("addr:192.0.2.2")).toBe(free.address);
    expect(logged).toEqual([]);
  });

  it("counts every one of many parallel failures and withdrawals", async () => {
    await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b).recordFailure("192.0.2.3", T0)));
    expect(await stored("addr:192.0.2.3")).toBe(100);

    const attempts = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).begin(`v${i}@x.test`, "192.0.2.4", T0 + i)),
    );
    expect(started(attempts)).toBe(free.address);
    await Promise.all(attempts.map((attempt) => ("retryAfter" in attempt ? null : attempt.withdraw())));
    expect(await stored("addr:192.0.2.4")).toBe(0);
    expect(await a.retryAfter(null, "192.0.2.4", T0 + 40)).toBe(0);
  });

  it("forgets old counts and known pairs in the database, not only in its answers", async () => {
    await a.recordFailure("192.0.2.5", T0);
    const attempt = await a.begin("k@x.test", "192.0.2.5", T0);
    if ("retryAfter" in attempt) throw new Error("throttled");
    await attempt.succeeded();
    // A new instance sweeps on its first call; another's call a quarter of an hour later finds nothing left.
    const later = T0 + DEFAULT_THROTTLE_POLICY.forgetAfterMs + 1;
    await createPostgresSignInThrottle(dbB).recordFailure("192.0.2.6", later);
    expect(await stored("addr:192.0.2.5")).toBeUndefined();
    const end = T0 + DEFAULT_THROTTLE_POLICY.knownForMs;
    await createPostgresSignInThrottle(dbB).recordFailure("192.0.2.6", end);
    const known = await sql<{ n: number }>`select count(*)::int as n from sign_in_known_pairs`.execute(dbA);
    expect(known.rows[0].n).toBe(0);
  });

  it("counts in this process while the database fails, with one log line per outage", async () => {
    // A database without the throttle's tables stands for one that does not answer.
    const broken = openDb(await freshStoreUrl());
    try {
      const throttle = createPostgresSignInThrottle(broken, DEFAULT_THROTTLE_POLICY, { log });
      for (let i = 0; i < free.pair; i++)
        expect(await throttle.begin("a@x.test", "192.0.2.1", T0)).toHaveProperty("known");
      expect(await throttle.begin("a@x.test", "192.0.2.1", T0)).toEqual({ retryAfter: 2 });
      expect(await throttle.retryAfter("a@x.test", "192.0.2.1", T0)).toBe(2);
      await throttle.recordFailure("192.0.2.9", T0);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/^\[auth\] sign-in throttle: PostgreSQL failed .*counting in this process/);

      // Back: the database's counts again (none yet), and one line to say so.
      await migrate(broken);
      expect(await throttle.retryAfter("a@x.test", "192.0.2.1", T0)).toBe(0);
      expect(logged).toHaveLength(2);
      expect(logged[1]).toMatch(/PostgreSQL answers again/);
    } finally {
      await broken.destroy();
    }
  });
});
