import { RECEIVED, transactionEvents } from "../../e2e/events";
import { signIn } from "../../e2e/fixtures";
import { expect, test } from "./fixtures";
import { accessToken, openLive, postEvents, signInCookie } from "./http";

/** The loops and viewers of one view on one instance (another spec's stream may outlive its page). */
const liveStatus = async (url: string, cookie: string, view: string) =>
  (await (await fetch(`${url}/api/live/status?view=1&${view}`, { headers: { cookie } })).json()) as {
    loops: number;
    subscribers: number;
  };

test("a browser on instance B gets the live ping for an event ingested through instance A within 2 s", async ({
  cluster,
  page,
}) => {
  const [a, b] = cluster.instances;
  // The session cookie is the balancer's, and localhost's cookies are shared by every port.
  await signIn(page, `${cluster.url}/transactions`);
  await page.goto(`http://localhost:${b!.port}/transactions`);
  await expect(page.locator('[data-live-status="live"]')).toHaveCount(1);

  const token = await accessToken(a!.url, "ingest@acme.test");
  const id = `cl-ping-${Date.now().toString(36)}`;
  const sent = Date.now();
  expect(await postEvents(a!.url, token, transactionEvents(id, Date.now() - 1000, [RECEIVED]))).toBe(202);
  await expect(page.getByRole("button", { name: /1 new transaction · Show/ })).toBeVisible({ timeout: 2_000 });
  expect(Date.now() - sent).toBeLessThan(2_000);
});

test("one upstream poll loop per tenant and view across both instances, and it moves when its instance is killed", async ({
  cluster,
}) => {
  const cookie = await signInCookie(cluster.url);
  const view = "status=error";
  const streams = cluster.instances.map((instance) => openLive(`${instance.url}/api/live?${view}`, cookie));
  try {
    await Promise.all(streams.map((s) => s.next("ready")));
    const loops = async () =>
      Promise.all(cluster.instances.map(async (i) => (i.running ? (await liveStatus(i.url, cookie, view)).loops : 0)));
    await expect.poll(loops).toEqual(expect.arrayContaining([0, 1]));
    const holder = (await loops()).indexOf(1);
    const survivor = 1 - holder;

    cluster.instances[holder]!.kill("SIGKILL");
    const killed = Date.now();
    await cluster.instances[holder]!.exited();
    // The survivor's viewers get a loop of their own within seconds (the lease outlives its holder by 5 s).
    await expect.poll(loops, { timeout: 10_000 }).toEqual(holder === 0 ? [0, 1] : [1, 0]);
    expect(Date.now() - killed).toBeLessThan(10_000);
    // The takeover is announced as a change (what happened while nobody watched), then new events are pinged.
    await streams[survivor]!.next("changed");
    const token = await accessToken(cluster.instances[survivor]!.url, "ingest@acme.test");
    const id = `cl-move-${Date.now().toString(36)}`;
    const error = { type: "ERROR", step: "ROUTING", level: "ERROR" as const, errorCode: "CONNECTION_ERROR" };
    const sent = Date.now();
    expect(
      await postEvents(
        cluster.instances[survivor]!.url,
        token,
        transactionEvents(id, Date.now() - 1000, [RECEIVED, error], 1),
      ),
    ).toBe(202);
    expect((await streams[survivor]!.next("changed")) - sent).toBeLessThan(2_000);
  } finally {
    await Promise.all(streams.map((s) => s.close()));
    for (const instance of cluster.instances) if (!instance.running) await instance.restart();
  }
});
