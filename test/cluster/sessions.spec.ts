import pg from "pg";
import { expect, test } from "./fixtures";
import { DEMO_BASIC, readSession, rewriteSession, sessionSet, signInCookie } from "./http";

test("a session whose access token expires while 20 requests hit both instances is refreshed once and stays signed in", async ({
  cluster,
}) => {
  const cookie = await signInCookie(cluster.url);
  const expired = await rewriteSession(cookie, cluster.authSecret, { expiresAt: Date.now() - 1000 });
  const db = new pg.Client({ connectionString: cluster.databaseUrl });
  await db.connect();
  try {
    const count = async () => Number((await db.query("select count(*) as n from refresh_tokens")).rows[0].n);
    const before = await count();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fetch(`${cluster.instances[i % 2]!.url}/api/transactions?limit=5`, { headers: { cookie: expired } }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    // One refresh in the whole cluster: one new refresh token, and the family is not revoked.
    expect(await count()).toBe(before + 1);
    // …and the session's refresh family (the one the new token joined) is not revoked.
    const family = await db.query(
      "select count(*) filter (where revoked_at is not null) as revoked, count(*) as n from refresh_tokens where family_id = (select family_id from refresh_tokens order by created_at desc limit 1)",
    );
    expect(Number(family.rows[0].n)).toBeGreaterThanOrEqual(2);
    expect(Number(family.rows[0].revoked)).toBe(0);
    // Every answer carried the renewed session (the same tokens, sealed anew each time), and it works
    // through the balancer.
    const renewed = await Promise.all(responses.map((r) => readSession(sessionSet(r)!, cluster.authSecret)));
    const old = await readSession(expired, cluster.authSecret);
    expect(new Set(renewed.map((s) => s.refreshToken)).size).toBe(1);
    expect(renewed[0]!.refreshToken).not.toBe(old.refreshToken);
    expect(renewed[0]!.sid).toBe(old.sid);
    const next = await fetch(`${cluster.url}/api/transactions?limit=5`, {
      headers: { cookie: sessionSet(responses[0]!)! },
    });
    expect(next.status).toBe(200);
  } finally {
    await db.end();
  }
});

test("failed sign-ins through both instances add up in one throttle", async ({ cluster }) => {
  const username = `nobody-${Date.now().toString(36)}@acme.test`;
  const attempt = () =>
    fetch(`${cluster.url}/auth/token`, {
      method: "POST",
      headers: { authorization: DEMO_BASIC, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "password", username, password: "wrong", scope: "openid" }),
    });
  const servedBy: string[] = [];
  // Three failures are free for a (user, address) pair; they land on both instances in turn.
  for (let i = 0; i < 3; i++) {
    const response = await attempt();
    expect(response.status).toBe(400);
    servedBy.push(response.headers.get("x-track-server")!);
  }
  expect(new Set(servedBy)).toEqual(new Set(["app1", "app2"]));
  // The fourth is throttled whichever instance it reaches.
  for (let i = 0; i < 2; i++) {
    const response = await attempt();
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  }
});
