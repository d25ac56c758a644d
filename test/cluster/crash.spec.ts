import { RECEIVED, transactionEvents } from "../../e2e/events";
import { signIn } from "../../e2e/fixtures";
import { expect, test } from "./fixtures";
import { accessToken, postEvents } from "./http";

test("kill -9 of an instance during ingestion and live viewing: the browser keeps updating and no acknowledged event is lost", async ({
  cluster,
  page,
}) => {
  await signIn(page, `${cluster.url}/transactions`);
  await expect(page.locator('[data-live-status="live"]')).toHaveCount(1);

  // A sender posts one transaction every 100 ms through the balancer, retrying what was not acknowledged.
  const token = await accessToken(cluster.url, "ingest@acme.test");
  const acknowledged: string[] = [];
  let sending = true;
  const prefix = `cl-crash-${Date.now().toString(36)}`;
  const sender = (async () => {
    for (let n = 0; sending; n++) {
      const id = `${prefix}-${n}`;
      for (let attempt = 0; attempt < 20; attempt++) {
        const status = await postEvents(cluster.url, token, transactionEvents(id, Date.now() - 1000, [RECEIVED])).catch(
          () => 0,
        );
        if (status === 202) {
          acknowledged.push(id);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();

  const banner = page.getByRole("button", { name: /new transactions? · Show/ });
  await expect(banner).toBeVisible();
  await expect.poll(() => acknowledged.length).toBeGreaterThan(5);
  const victim = cluster.instances[0]!;
  victim.kill("SIGKILL");
  await victim.exited();
  const atKill = acknowledged.length;
  await expect.poll(() => acknowledged.length, { timeout: 15_000 }).toBeGreaterThan(atKill + 10);
  sending = false;
  await sender;

  // The page still follows: the newest acknowledged transaction shows up after "Show".
  const newest = acknowledged.at(-1)!;
  await expect(async () => {
    if (await banner.isVisible()) await banner.click();
    await expect(page.locator("main tbody tr").first()).toContainText(`E2E-${newest}`, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });

  // Every acknowledged transaction is stored, through the surviving instance.
  const survivor = cluster.instances[1]!;
  const reader = await accessToken(survivor.url, "demo@acme.test");
  const response = await fetch(`${survivor.url}/track/api/transactions`, {
    method: "POST",
    headers: { authorization: `Bearer ${reader}`, "content-type": "application/json" },
    body: JSON.stringify({ filter: { q: prefix }, page: { size: 500 } }),
  });
  expect(response.status).toBe(200);
  const stored = new Set(((await response.json()) as { items: { id: string }[] }).items.map((t) => t.id));
  expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length);
  expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  await victim.restart();
});
