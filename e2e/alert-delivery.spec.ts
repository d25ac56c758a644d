import crypto, { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { loopbackSmtp, webhookReceiver } from "./alert-receivers";
import { CONNECTION_ERROR, RECEIVED, transactionEvents } from "./events";
import { bearer, expect, signIn, test, tokenFor } from "./fixtures";

const mails = loopbackSmtp();

/** An error of an invoice to `partner` (a name of this test's own), received at `at`. */
function partnerError(id: string, partner: string, at: number) {
  const events = transactionEvents(id, at, [RECEIVED, CONNECTION_ERROR], 1000);
  const first = events[0] as { transaction: Record<string, unknown> };
  const party = { id: `0037:${id.replace(/\W/g, "").slice(-8)}`, name: partner };
  first.transaction = { ...first.transaction, receiver: party, businessPartner: party };
  return events;
}

async function ingest(api: APIRequestContext, events: unknown[]) {
  const response = await api.post("/track/api/events", {
    headers: bearer(await tokenFor(api, "ingest@acme.test")),
    data: { events },
  });
  expect(response.status(), await response.text()).toBe(202);
}

const verified = (secret: string, { headers, body }: { headers: Record<string, unknown>; body: string }) =>
  headers["x-track-signature"] ===
  `sha256=${crypto.createHmac("sha256", secret).update(`${headers["x-track-timestamp"]}.${body}`).digest("hex")}`;

test("a rule that fires and resolves tells its webhook (signed) and its e-mail address each time", async ({
  page,
  api,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const id = randomUUID().slice(0, 8);
  const partner = `E2E Delivery ${id}`;
  const address = `ops-${id}@example.com`;
  const receiver = await webhookReceiver();
  const cleanup: string[] = [];
  try {
    await signIn(page, "/alerts/channels");
    const hook = await page.request.post("/api/alerts/channels", {
      data: { kind: "webhook", name: `Hook ${id}`, target: receiver.url },
    });
    const { channel: webhook, secret } = (await hook.json()) as { channel: { id: string }; secret: string };
    const mail = await page.request.post("/api/alerts/channels", {
      data: { kind: "email", name: `Mail ${id}`, target: address },
    });
    const { channel: email } = (await mail.json()) as { channel: { id: string } };
    cleanup.push(`/api/alerts/channels/${webhook.id}`, `/api/alerts/channels/${email.id}`);
    const created = await page.request.post("/api/alerts", {
      data: {
        name: `Errors of ${partner}`,
        type: "count",
        query: `status=error&partner=${encodeURIComponent(partner)}`,
        params: { windowMinutes: 1, threshold: 1 },
      },
    });
    expect(created.status()).toBe(201);
    const ruleId = ((await created.json()) as { rule: { id: string } }).rule.id;
    cleanup.unshift(`/api/alerts/${ruleId}`);

    // The rule's page: tick both channels and save.
    await page.goto(`/alerts/${ruleId}`);
    const notify = page.getByRole("form", { name: "Also notify" });
    await notify.getByRole("checkbox", { name: new RegExp(`Hook ${id}`) }).check();
    await notify.getByRole("checkbox", { name: new RegExp(`Mail ${id}`) }).check();
    await notify.getByRole("button", { name: "Save channels" }).click();
    await expect(notify.getByRole("status")).toHaveText("Channels saved");
    await expect
      .poll(async () => (await (await page.request.get(`/api/alerts/${ruleId}`)).json()).rule.lastEvaluatedAt)
      .toEqual(expect.any(Number));

    // Two errors received 30 s ago: in the one-minute window for another 30 s, then out of it.
    const start = Date.now() - 30_000;
    await ingest(api, [...partnerError(`${id}-1`, partner, start), ...partnerError(`${id}-2`, partner, start + 1000)]);

    await receiver.received(1);
    const fired = receiver.requests[0];
    expect(verified(secret, fired)).toBe(true);
    expect(JSON.parse(fired.body)).toMatchObject({
      kind: "fired",
      ruleId,
      tenant: "acme",
      value: 2,
      threshold: 1,
      listUrl: expect.stringContaining(`${baseURL}/transactions?`),
    });
    const listUrl = new URL(JSON.parse(fired.body).listUrl);
    expect(listUrl.searchParams.get("partner")).toBe(partner);
    await expect.poll(() => mails.filter((m) => m.to.includes(address)).length).toBe(1);
    expect(mails.find((m) => m.to.includes(address))!.raw).toContain(`Errors of ${partner}`);

    // The errors leave the window: the episode resolves, and both channels are told once more.
    await receiver.received(2);
    const resolved = receiver.requests[1];
    expect(verified(secret, resolved)).toBe(true);
    expect(JSON.parse(resolved.body)).toMatchObject({ kind: "resolved", ruleId });
    await expect.poll(() => mails.filter((m) => m.to.includes(address)).length).toBe(2);
    expect(receiver.requests).toHaveLength(2);

    // The rule's page logs the four deliveries.
    await page.reload();
    const log = page.getByRole("table", { name: /Deliveries of this rule/ });
    await expect(log.getByRole("row").filter({ hasText: "Sent" })).toHaveCount(4);
    await expect(page.getByTestId("episode-state").first()).toHaveText(/Resolved/);
  } finally {
    for (const path of cleanup) await page.request.delete(path);
    await receiver.close();
  }
});
