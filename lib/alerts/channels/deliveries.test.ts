import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AlertEvent } from "@/lib/alerts/events";
import { migrateDashboard, openDashboardDb, type DashboardDb } from "@/lib/dashboard-store/db";
import { freshStoreUrl } from "@/test/store-backend";
import {
  createChannel,
  deleteChannel,
  getChannel,
  listChannels,
  renameChannel,
  ruleChannelIds,
  setRuleChannels,
} from "./channels-store";
import { attemptDelivery, processDueDeliveries, sendNow, type DeliveryDeps } from "./deliver";
import { enqueueDelivery, listDeliveries, pruneDeliveries } from "./deliveries-store";
import { enqueueAlertEvent } from "./enqueue";
import { testPayload } from "./payload";
import { sendWebhook } from "./send-webhook";

const T0 = Date.UTC(2026, 2, 2, 9, 0);
const ALICE = { tenant: "acme", ownerId: "alice" };
const BOB = { tenant: "acme", ownerId: "bob" };
const GLOBEX_ALICE = { tenant: "globex", ownerId: "alice" };

const event = (ruleId: string, owner = ALICE): AlertEvent => ({
  kind: "fired",
  tenant: owner.tenant,
  ownerId: owner.ownerId,
  ruleId,
  ruleName: "Errors",
  episodeId: "ep-1",
  at: T0,
  summary: "3 errors",
  value: 3,
  threshold: 1,
  listPath: "/transactions?status=error",
});

/** A loopback receiver answering the queued statuses in turn (then 200), recording each request. */
async function receiver(statuses: number[] = []) {
  const requests: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      requests.push({ headers: req.headers, body });
      const status = statuses.shift() ?? 200;
      res.writeHead(status, status === 302 ? { location: "http://127.0.0.1:1/" } : {}).end("receiver says hi");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe("alert channels and deliveries", () => {
  let db: DashboardDb;
  let clock: number;
  const deps = (over: Partial<DeliveryDeps["settings"]> = {}): DeliveryDeps => ({
    now: () => clock,
    openSecret: (sealed) => sealed.replace(/^sealed:/, ""),
    settings: {
      allowPrivateTargets: true,
      retryBaseMs: 1000,
      maxAttempts: 3,
      timeoutMs: 2000,
      smtpUrl: undefined,
      mailFrom: "x@y",
      ...over,
    },
  });
  const webhook = (owner: typeof ALICE, url: string, name = "hook") =>
    createChannel(db, owner, { kind: "webhook", name, target: url, format: "json", secret: "sealed:whsec_abc" }, clock);

  beforeEach(async () => {
    clock = T0;
    db = openDashboardDb(await freshStoreUrl());
    await migrateDashboard(db);
  });
  afterEach(() => db.destroy());

  it("show, rename and delete a user's channels only to that user in that tenant", async () => {
    const mine = await webhook(ALICE, "https://example.com/a", "mine");
    await webhook(BOB, "https://example.com/b", "bob's");
    await webhook(GLOBEX_ALICE, "https://example.com/c", "globex");
    expect((await listChannels(db, ALICE)).map((c) => c.name)).toEqual(["mine"]);
    expect(JSON.stringify(await listChannels(db, ALICE))).not.toContain("whsec");
    expect(await getChannel(db, BOB, mine.id)).toBeUndefined();
    expect(await getChannel(db, GLOBEX_ALICE, mine.id)).toBeUndefined();
    expect(await renameChannel(db, BOB, mine.id, "taken")).toBe(false);
    expect(await deleteChannel(db, GLOBEX_ALICE, mine.id)).toBe(false);
    expect(await renameChannel(db, ALICE, mine.id, "renamed")).toBe(true);
    expect((await getChannel(db, ALICE, mine.id))?.name).toBe("renamed");
    expect(await deleteChannel(db, ALICE, mine.id)).toBe(true);
    expect(await listChannels(db, ALICE)).toEqual([]);
  });

  it("link only the caller's own channels to a rule, replacing only the caller's links", async () => {
    const a1 = await webhook(ALICE, "https://example.com/1");
    const a2 = await webhook(ALICE, "https://example.com/2");
    const b1 = await webhook(BOB, "https://example.com/3");
    expect(await setRuleChannels(db, ALICE, "rule-1", [a1.id, b1.id])).toEqual({ unknown: [b1.id] });
    expect(await ruleChannelIds(db, ALICE, "rule-1")).toEqual([]);
    await setRuleChannels(db, ALICE, "rule-1", [a1.id, a2.id, a1.id]);
    await setRuleChannels(db, BOB, "rule-1", [b1.id]);
    expect((await ruleChannelIds(db, ALICE, "rule-1")).sort()).toEqual([a1.id, a2.id].sort());
    await setRuleChannels(db, ALICE, "rule-1", [a2.id]);
    expect(await ruleChannelIds(db, ALICE, "rule-1")).toEqual([a2.id]);
    expect(await ruleChannelIds(db, BOB, "rule-1")).toEqual([b1.id]);
  });

  it("turn an alert event into one pending delivery per linked channel of the rule's owner", async () => {
    const a1 = await webhook(ALICE, "https://example.com/1");
    const a2 = await webhook(ALICE, "https://example.com/2");
    await webhook(ALICE, "https://example.com/unlinked");
    const b1 = await webhook(BOB, "https://example.com/3");
    await setRuleChannels(db, ALICE, "rule-1", [a1.id, a2.id]);
    await setRuleChannels(db, BOB, "rule-1", [b1.id]);
    const rows = await enqueueAlertEvent(db, event("rule-1"), "http://track.test", clock);
    expect(rows.map((r) => r.channel_id).sort()).toEqual([a1.id, a2.id].sort());
    expect(rows.every((r) => r.status === "pending" && r.event === "fired" && r.next_attempt_at === clock)).toBe(true);
    expect(JSON.parse(rows[0].payload)).toMatchObject({
      ruleId: "rule-1",
      listUrl: "http://track.test/transactions?status=error",
    });
    expect(await enqueueAlertEvent(db, event("rule-2"), "http://track.test", clock)).toEqual([]);
    // An event of another tenant's rule with the same id reaches none of Alice's acme channels.
    expect(await enqueueAlertEvent(db, event("rule-1", GLOBEX_ALICE), "http://track.test", clock)).toEqual([]);
    expect((await listDeliveries(db, ALICE, { ruleId: "rule-1" })).length).toBe(2);
    expect((await listDeliveries(db, BOB, { ruleId: "rule-1" })).length).toBe(0);
  });

  it("hold back a rule's notifications to a channel past the hourly limit, logged as not sent", async () => {
    const a1 = await webhook(ALICE, "https://example.com/1");
    await setRuleChannels(db, ALICE, "rule-1", [a1.id]);
    await setRuleChannels(db, ALICE, "rule-2", [a1.id]);
    for (let i = 0; i < 2; i++) await enqueueAlertEvent(db, event("rule-1"), "http://track.test", clock, 2);
    const [held] = await enqueueAlertEvent(db, event("rule-1"), "http://track.test", clock, 2);
    expect(held).toMatchObject({ status: "failed", attempts: 0 });
    expect(held.last_error).toBe("Not sent: this rule already notified this channel 2 times in the last hour");
    // Another rule has its own count; an hour later the first one may notify again.
    expect((await enqueueAlertEvent(db, event("rule-2"), "http://track.test", clock, 2))[0].status).toBe("pending");
    clock += 3_600_000;
    expect((await enqueueAlertEvent(db, event("rule-1"), "http://track.test", clock, 2))[0].status).toBe("pending");
  });

  it("forget settled deliveries past the log's age, never pending ones", async () => {
    const a1 = await webhook(ALICE, "https://example.com/1");
    await setRuleChannels(db, ALICE, "rule-1", [a1.id]);
    await enqueueAlertEvent(db, event("rule-1"), "http://track.test", clock, 1);
    await enqueueAlertEvent(db, event("rule-1"), "http://track.test", clock, 1);
    await pruneDeliveries(db, clock + 1);
    expect(await listDeliveries(db, ALICE, { channelId: a1.id })).toMatchObject([{ status: "pending" }]);
  });

  it("send a signed webhook the receiver can verify with the channel's secret", async () => {
    const hook = await receiver();
    try {
      const channel = await webhook(ALICE, hook.url);
      await setRuleChannels(db, ALICE, "rule-1", [channel.id]);
      const [row] = await enqueueAlertEvent(db, event("rule-1"), "http://track.test", clock);
      expect(await processDueDeliveries(db, deps())).toBe(1);
      expect(hook.requests).toHaveLength(1);
      const { headers, body } = hook.requests[0];
      const signed = `${headers["x-track-timestamp"]}.${body}`;
      const hmac = crypto.createHmac("sha256", "whsec_abc").update(signed).digest("hex");
      expect(headers["x-track-signature"]).toBe(`sha256=${hmac}`);
      expect(headers["x-track-timestamp"]).toBe(String(T0 / 1000));
      expect(headers["x-track-delivery"]).toBe(row.id);
      expect(JSON.parse(body)).toMatchObject({ kind: "fired", ruleId: "rule-1", summary: "3 errors" });
      const [logged] = await listDeliveries(db, ALICE, { channelId: channel.id });
      expect(logged).toMatchObject({ status: "sent", attempts: 1, statusCode: 200, error: null });
    } finally {
      await hook.close();
    }
  });

  it("retry a 5xx with backoff until it is sent, and fail at once on a 4xx or a redirect", async () => {
    const hook = await receiver([500, 503, 404, 302]);
    try {
      const channel = await webhook(ALICE, hook.url);
      const payload = testPayload(channel, "http://track.test", clock);
      const row = await enqueueDelivery(db, { channelId: channel.id, ruleId: null, episodeId: null, payload }, clock);
      const first = await attemptDelivery(db, row, deps());
      expect(first).toMatchObject({
        status: "pending",
        attempts: 1,
        last_status_code: 500,
        next_attempt_at: T0 + 1000,
      });
      expect(first?.last_error).toBe("answered 500: receiver says hi");
      expect(await processDueDeliveries(db, deps())).toBe(0); // not due yet
      clock = T0 + 1000;
      expect(await processDueDeliveries(db, deps())).toBe(1);
      let [logged] = await listDeliveries(db, ALICE, { channelId: channel.id });
      expect(logged).toMatchObject({
        status: "pending",
        attempts: 2,
        statusCode: 503,
        nextAttemptAt: T0 + 1000 + 4000,
      });
      clock = T0 + 5000;
      await processDueDeliveries(db, deps());
      [logged] = await listDeliveries(db, ALICE, { channelId: channel.id });
      expect(logged).toMatchObject({ status: "failed", attempts: 3, statusCode: 404, nextAttemptAt: null });
      const again = await enqueueDelivery(db, { channelId: channel.id, ruleId: null, episodeId: null, payload }, clock);
      expect(await attemptDelivery(db, again, deps())).toMatchObject({
        status: "failed",
        attempts: 1,
        last_status_code: 302,
        last_error: "answered 302: redirects are not followed",
      });
      expect(hook.requests).toHaveLength(4);
    } finally {
      await hook.close();
    }
  });

  it("give up after the last attempt", async () => {
    const hook = await receiver([500, 500]);
    try {
      const channel = await webhook(ALICE, hook.url);
      const payload = testPayload(channel, "http://track.test", clock);
      const row = await enqueueDelivery(db, { channelId: channel.id, ruleId: null, episodeId: null, payload }, clock);
      await attemptDelivery(db, row, deps({ maxAttempts: 2 }));
      clock += 1000;
      await processDueDeliveries(db, deps({ maxAttempts: 2 }));
      const [logged] = await listDeliveries(db, ALICE, { channelId: channel.id });
      expect(logged).toMatchObject({ status: "failed", attempts: 2, statusCode: 500 });
    } finally {
      await hook.close();
    }
  });

  it("send a delivery once when two callers try it at the same time", async () => {
    const hook = await receiver();
    try {
      const channel = await webhook(ALICE, hook.url);
      const payload = testPayload(channel, "http://track.test", clock);
      const row = await enqueueDelivery(db, { channelId: channel.id, ruleId: null, episodeId: null, payload }, clock);
      const results = await Promise.all([attemptDelivery(db, row, deps()), attemptDelivery(db, row, deps())]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(hook.requests).toHaveLength(1);
    } finally {
      await hook.close();
    }
  });

  it("write a test delivery already claimed, so the loop cannot take it before its first attempt", async () => {
    const channel = await webhook(ALICE, "https://example.com/hook");
    const payload = testPayload(channel, "http://track.test", clock);
    const delivery = { channelId: channel.id, ruleId: null, episodeId: null, payload };
    const answering = (statusCode: number): DeliveryDeps => ({
      ...deps(),
      sendWebhook: async () => ({
        outcome: statusCode === 200 ? "sent" : "retry",
        statusCode,
        error: statusCode === 200 ? null : `answered ${statusCode}`,
      }),
    });
    await enqueueDelivery(db, delivery, clock, { claimedUntil: clock + 8000 });
    expect(await processDueDeliveries(db, answering(200))).toBe(0);
    clock += 8000; // a sender that died leaves it to the loop once the claim runs out
    expect(await processDueDeliveries(db, answering(200))).toBe(1);

    const sent = await sendNow(db, delivery, answering(500));
    expect(sent).toMatchObject({ status: "pending", attempts: 1, last_status_code: 500, last_error: "answered 500" });
    expect(await processDueDeliveries(db, answering(200))).toBe(0);
    clock = sent.next_attempt_at;
    expect(await processDueDeliveries(db, answering(200))).toBe(1); // retried as any other
  });

  it("refuse a loopback webhook unless private targets are allowed, without sending it", async () => {
    const hook = await receiver();
    try {
      const channel = await webhook(ALICE, hook.url);
      const payload = testPayload(channel, "http://track.test", clock);
      const row = await enqueueDelivery(db, { channelId: channel.id, ruleId: null, episodeId: null, payload }, clock);
      const result = await attemptDelivery(db, row, deps({ allowPrivateTargets: false }));
      expect(result).toMatchObject({ status: "failed", attempts: 1, last_status_code: null });
      expect(result?.last_error).toMatch(/127\.0\.0\.1, a loopback address/);
      expect(hook.requests).toHaveLength(0);
    } finally {
      await hook.close();
    }
  });
});

describe("a webhook request", () => {
  it("connects to the checked address, whatever the name would resolve to later", async () => {
    const hook = await receiver();
    try {
      const port = new URL(hook.url).port;
      let lookups = 0;
      const result = await sendWebhook(
        {
          url: `http://hooks.invalid:${port}/hook`,
          body: "{}",
          secret: "s",
          deliveryId: "d",
          at: T0,
          allowPrivate: true,
          timeoutMs: 2000,
        },
        async () => {
          lookups++;
          return [{ address: "127.0.0.1", family: 4 }];
        },
      );
      expect(result).toEqual({ outcome: "sent", statusCode: 200, error: null });
      expect(lookups).toBe(1);
      expect(hook.requests[0].headers.host).toBe(`hooks.invalid:${port}`);
    } finally {
      await hook.close();
    }
  });

  it("ends with its status when the receiver's body drips on without end", async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(503);
      const drip = setInterval(() => res.write("."), 20);
      res.on("close", () => clearInterval(drip));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const started = Date.now();
      const result = await sendWebhook({
        url,
        body: "{}",
        secret: "s",
        deliveryId: "d",
        at: T0,
        allowPrivate: true,
        timeoutMs: 300,
      });
      expect(result).toMatchObject({ outcome: "retry", statusCode: 503 });
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("is retried later when nothing answers in time", async () => {
    const server = http.createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const result = await sendWebhook({
        url,
        body: "{}",
        secret: "s",
        deliveryId: "d",
        at: T0,
        allowPrivate: true,
        timeoutMs: 200,
      });
      expect(result).toEqual({ outcome: "retry", statusCode: null, error: "no answer within 200 ms" });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
