import crypto from "node:crypto";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { loopbackSmtp, webhookReceiver } from "./alert-receivers";
import { expect, httpErrorLine, signIn, test } from "./fixtures";

const mails = loopbackSmtp();

/** A rule of the signed-in user that can never fire (it is deleted by the test that makes it). */
async function ruleOf(api: APIRequestContext): Promise<string> {
  const created = await api.post("/api/alerts", {
    data: {
      name: `Links ${unique()}`,
      type: "count",
      query: "q=no-such-transaction-anywhere",
      params: { windowMinutes: 5, threshold: 1000 },
    },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { rule: { id: string } }).rule.id;
}

const unique = () => crypto.randomBytes(3).toString("hex");

test.describe("notification channels", () => {
  test.use({ allowedConsoleErrors: httpErrorLine(400, "/api/alerts/channels") });

  test("a webhook shows its secret once, and its test arrives signed with that secret", async ({ page, baseURL }) => {
    const receiver = await webhookReceiver();
    try {
      await signIn(page, "/alerts/channels");
      await expect(page.getByRole("heading", { name: "Add a channel" })).toBeVisible();
      const name = `Ops hook ${unique()}`;
      await page.getByLabel("Name").fill(name);
      await page.getByLabel("URL").fill("ftp://example.com/hook");
      await page.getByRole("button", { name: "Add webhook" }).click();
      // The field the server refused says why, and has the focus.
      await expect(page.getByLabel("URL")).toHaveAccessibleDescription(/target must be an http:\/\/ or https:\/\/ URL/);
      await expect(page.getByLabel("URL")).toBeFocused();

      await page.getByLabel("URL").fill(receiver.url);
      await page.getByRole("button", { name: "Add webhook" }).click();
      const once = page.getByTestId("secret-once");
      await expect(once).toContainText("you will not see it again");
      const secret = (await page.getByTestId("webhook-secret").textContent())!;
      expect(secret).toMatch(/^whsec_/);
      await once.getByRole("button", { name: "I have copied it" }).click();
      await expect(page.getByTestId("webhook-secret")).toHaveCount(0);

      // Never shown again: not after a reload, not in the list's answer.
      await page.reload();
      const channel = page.locator("li[data-channel]", { has: page.getByRole("heading", { name }) });
      await expect(channel).toContainText(receiver.url);
      expect(await page.content()).not.toContain(secret);
      expect(await (await page.request.get("/api/alerts/channels")).text()).not.toContain(secret);

      await channel.getByRole("button", { name: "Send test" }).click();
      await expect(channel.getByTestId("test-result")).toHaveText("Test sent (answered 200).");
      expect(receiver.requests).toHaveLength(1);
      const { headers, body } = receiver.requests[0];
      const expected = crypto
        .createHmac("sha256", secret)
        .update(`${headers["x-track-timestamp"]}.${body}`)
        .digest("hex");
      expect(headers["x-track-signature"]).toBe(`sha256=${expected}`);
      expect(Math.abs(Date.now() / 1000 - Number(headers["x-track-timestamp"]))).toBeLessThan(60);
      expect(JSON.parse(body)).toMatchObject({ kind: "test", tenant: "acme", listUrl: `${baseURL}/transactions` });
      await expect(channel.getByTestId("last-delivery")).toContainText("Sent");
    } finally {
      await receiver.close();
    }
  });

  test("a webhook answering 500 is retried, and the delivery log shows both attempts", async ({ page }) => {
    const receiver = await webhookReceiver([500]);
    try {
      await signIn(page, "/alerts/channels");
      const name = `Flaky hook ${unique()}`;
      const created = await page.request.post("/api/alerts/channels", {
        data: { kind: "webhook", name, target: receiver.url, format: "slack" },
      });
      expect(created.status()).toBe(201);
      await page.reload();
      const channel = page.locator("li[data-channel]", { has: page.getByRole("heading", { name }) });
      await channel.getByRole("button", { name: "Send test" }).click();
      await expect(channel.getByTestId("test-result")).toHaveText(
        "Test not delivered yet: answered 500. It is retried automatically; the deliveries show how it goes.",
      );
      await receiver.received(2);
      await channel.getByRole("button", { name: "Deliveries" }).click();
      const row = channel.getByTestId("delivery-log").locator("tbody tr").first();
      await expect(row.locator("[data-delivery-status]")).toHaveAttribute("data-delivery-status", "sent");
      await expect(row.locator('[data-column="attempts"]')).toHaveText("2");
      await expect(row.locator('[data-column="response"]')).toHaveText("200");
      await expect(row).toContainText("Test");
      // The Slack-compatible body: one text with the link to the list.
      expect(JSON.parse(receiver.requests[1].body).text).toMatch(
        /<http:\/\/localhost:\d+\/transactions\|Open the transactions>/,
      );
    } finally {
      await receiver.close();
    }
  });

  test("an e-mail channel's test arrives at the SMTP server with the link to the list", async ({ page, baseURL }) => {
    await signIn(page, "/alerts/channels");
    const address = `ops-${unique()}@example.com`;
    await page.getByRole("radio", { name: "E-mail" }).check();
    await page.getByLabel("Name").fill("Ops mail");
    await page.getByLabel("E-mail address").fill(address);
    await page.getByRole("button", { name: "Add e-mail channel" }).click();
    const channel = page.locator("li[data-channel]", { hasText: address });
    await channel.getByRole("button", { name: "Send test" }).click();
    await expect(channel.getByTestId("test-result")).toHaveText(/^Test sent \(answered 250\)\.$/);
    const mail = mails.find((m) => m.to.includes(address));
    expect(mail, "the e-mail at the SMTP server").toBeDefined();
    const raw = mail!.raw.replace(/=\r?\n/g, "");
    expect(raw).toContain("Subject: [Track Monitor] Test notification");
    expect(raw).toContain(`Open the transactions: ${baseURL}/transactions`);
  });

  test("every malformed field is a 400 naming it, never a 500", async ({ page }) => {
    await signIn(page, "/alerts/channels");
    const api = page.request;
    const refused = async (response: APIResponse) => {
      expect(response.status(), await response.text()).toBe(400);
      return (await response.json()).error.field as string;
    };
    const create = (data: unknown) => api.post("/api/alerts/channels", { data: data as object });
    expect(await refused(await create({ kind: "pager", name: "x", target: "https://example.com" }))).toBe("kind");
    expect(await refused(await create({ kind: "webhook", name: " ", target: "https://example.com" }))).toBe("name");
    expect(await refused(await create({ kind: "webhook", name: "x".repeat(81), target: "https://example.com" }))).toBe(
      "name",
    );
    expect(await refused(await create({ kind: "webhook", name: "x", target: "https://u:p@example.com/" }))).toBe(
      "target",
    );
    expect(await refused(await create({ kind: "webhook", name: "x", target: "gopher://example.com/" }))).toBe("target");
    expect(
      await refused(await create({ kind: "webhook", name: "x", target: "https://example.com", format: "xml" })),
    ).toBe("format");
    expect(await refused(await create({ kind: "email", name: "x", target: "ops@" }))).toBe("target");
    const notJson = await api.post("/api/alerts/channels", {
      data: "{",
      headers: { "content-type": "application/json" },
    });
    expect(await refused(notJson)).toBe("body");
    const { channel } = await (
      await create({ kind: "webhook", name: `Fields ${unique()}`, target: "https://hooks.example.com/f" })
    ).json();
    expect(await refused(await api.patch(`/api/alerts/channels/${channel.id}`, { data: { name: "" } }))).toBe("name");
    const rule = await ruleOf(api);
    try {
      const links = `/api/alerts/rules/${rule}/channels`;
      expect(await refused(await api.put(links, { data: { channelIds: "all" } }))).toBe("channelIds");
      const linked = await api.put(links, { data: { channelIds: [channel.id] } });
      expect(await linked.json()).toEqual({ channelIds: [channel.id] });
      expect(await (await api.get(links)).json()).toEqual({ channelIds: [channel.id] });
      expect((await api.get("/api/alerts/channels/no-such-channel/deliveries")).status()).toBe(404);
      expect((await api.delete(`/api/alerts/channels/${channel.id}`)).status()).toBe(204);
      expect(await (await api.get(links)).json()).toEqual({ channelIds: [] });
      expect((await api.get("/api/alerts/rules/no-such-rule/channels")).status()).toBe(404);
    } finally {
      await api.delete(`/api/alerts/${rule}`);
    }
  });

  test("another tenant's user sees none of the channels and can touch none of them", async ({ page, browser }) => {
    await signIn(page, "/alerts/channels");
    const created = await page.request.post("/api/alerts/channels", {
      data: { kind: "webhook", name: `Private ${unique()}`, target: "https://hooks.example.com/x" },
    });
    const { channel } = await created.json();
    const other = await browser.newContext();
    try {
      const stranger = await other.newPage();
      await signIn(stranger, "/alerts/channels", "demo@globex.test");
      const api = stranger.request;
      const list = await (await api.get("/api/alerts/channels")).json();
      expect(list.channels.map((c: { id: string }) => c.id)).not.toContain(channel.id);
      const base = `/api/alerts/channels/${channel.id}`;
      expect((await api.patch(base, { data: { name: "mine now" } })).status()).toBe(404);
      expect((await api.post(`${base}/test`)).status()).toBe(404);
      expect((await api.get(`${base}/deliveries`)).status()).toBe(404);
      expect((await api.delete(base)).status()).toBe(404);
      // Their own rule cannot be made to notify this user's channel.
      const theirs = await ruleOf(api);
      try {
        const link = await api.put(`/api/alerts/rules/${theirs}/channels`, { data: { channelIds: [channel.id] } });
        expect(link.status()).toBe(404);
        expect((await link.json()).error.field).toBe("channelIds");
      } finally {
        await api.delete(`/api/alerts/${theirs}`);
      }
    } finally {
      await other.close();
    }
    expect((await page.request.delete(`/api/alerts/channels/${channel.id}`)).status()).toBe(204);
  });
});
