import http from "node:http";
import { accessToken, signIn } from "../../bench/http";
import { RECEIVED, transactionEvents } from "../../e2e/events";
import { expect, test } from "./fixtures";

const VALIDATED = { type: "VALIDATED", step: "VALIDATION" };

/**
 * A POST whose body is sent in two parts: the server is handling it (and holding it in flight) from
 * the headers on, and answers once `finish()` sends the rest.
 */
function postInTwoParts(url: string, token: string, body: string) {
  const half = Math.floor(body.length / 2);
  const request = http.request(url, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on("response", (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    request.on("error", reject);
  });
  request.write(body.slice(0, half));
  return { response, finish: () => request.end(body.slice(half)) };
}

async function readiness(url: string) {
  const response = await fetch(`${url}/api/ready`);
  const body = (await response.json()) as { status: string; streams: number; inflight: number };
  return { http: response.status, ...body };
}

test("SIGTERM drains: live streams told to reconnect, in-flight ingestion answered and stored, then a prompt exit", async ({
  cluster,
}) => {
  const [leaving, staying] = cluster.instances;
  const jar = await signIn(leaving.url, "demo@acme.test", "demo");
  const live = await fetch(`${leaving.url}/api/live`, { headers: { cookie: jar.header } });
  expect(live.status).toBe(200);
  const reader = live.body!.getReader();
  const decoder = new TextDecoder();
  let streamed = "";
  const streamEnded = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      streamed += decoder.decode(value, { stream: true });
    }
  })();

  await expect.poll(() => streamed).toContain("retry: 3000");

  const id = `drain-${Date.now()}`;
  const ingest = postInTwoParts(
    `${leaving.url}/track/api/events`,
    await accessToken(leaving.url, "ingest@acme.test", "demo"),
    JSON.stringify({ events: transactionEvents(id, Date.now() - 60_000, [RECEIVED, VALIDATED], 10_000) }),
  );
  await expect
    .poll(() => readiness(leaving.url))
    .toMatchObject({ http: 200, status: "ready", streams: expect.any(Number), inflight: 1 });

  leaving.kill("SIGTERM");
  const exited = leaving.exited();
  // Draining: not ready, and HAProxy takes the instance out; the other one serves the balancer's address.
  await expect
    .poll(() => readiness(leaving.url))
    .toMatchObject({ http: 503, status: "draining", streams: 0, inflight: 1 });
  await streamEnded;
  expect(streamed).toMatch(/retry: 1000\n\n$/);
  await cluster.haproxy.waitUntil({ [leaving.id]: "DOWN", [staying.id]: "UP" }, 10_000);
  for (let i = 0; i < 3; i++) {
    const response = await fetch(`${cluster.url}/api/ready`);
    expect(response.headers.get("x-track-instance")).toBe(staying.id);
  }
  expect(leaving.running).toBe(true); // Still waiting for the ingest batch.

  const finished = Date.now();
  ingest.finish();
  const answer = await ingest.response;
  expect(answer.status, answer.body).toBe(202);
  const { code } = await exited;
  expect(code).toBe(143);
  expect(Date.now() - finished).toBeLessThan(10_000);
  // Our drain ran first, then next start's own handler (which closes the server and exits).
  expect(leaving.log()).toContain("SIGTERM: draining, then 1 earlier handler(s)");
  expect(leaving.log()).toMatch(/draining: [1-9]\d* live stream\(s\) closed, waiting for 1 in-flight request\(s\)/);

  // The acknowledged events are stored: the other instance reads them.
  const token = await accessToken(cluster.url, "demo@acme.test", "demo");
  const detail = await fetch(`${cluster.url}/track/api/transactions/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(detail.status).toBe(200);
  const events = ((await detail.json()) as { events: { id: string }[] }).events;
  expect(events).toHaveLength(2);

  await leaving.start();
  await cluster.haproxy.waitUntil({ [leaving.id]: "UP" }, 15_000);
});

test("a browser's live stream moves to the other instance when its instance drains", async ({ page, cluster }) => {
  const streams: { server: string; at: number }[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname === "/api/live" && response.status() === 200)
      streams.push({ server: response.headers()["x-track-server"], at: Date.now() });
  });
  await page.goto(`${cluster.url}/transactions`);
  await page.getByLabel("User name").fill("demo@acme.test");
  await page.getByLabel("Password").fill("demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator('[data-live-status="live"]')).toHaveCount(1);
  expect(streams.length).toBeGreaterThan(0);

  const holder = cluster.instances.find((instance) => instance.id === streams.at(-1)!.server)!;
  const other = cluster.instances.find((instance) => instance !== holder)!;
  const signalled = Date.now();
  holder.kill("SIGTERM");
  // EventSource reconnects by itself after the `retry:` delay; the balancer sends it to the other instance.
  await expect.poll(() => streams.some((s) => s.at >= signalled && s.server === other.id)).toBe(true);
  await expect(page.locator('[data-live-status="live"]')).toHaveCount(1);
  expect((await holder.exited()).code).toBe(143);

  await holder.start();
  await cluster.haproxy.waitUntil({ [holder.id]: "UP" }, 15_000);
});
