import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { retryableStatus, retryDelay } from "./backoff";
import { deliveryPayload, testPayload, webhookBody } from "./payload";
import { alertEmail } from "./send-email";
import { newWebhookSecret, signatureHeaders } from "./signature";
import type { AlertEvent } from "@/lib/alerts/events";

const EVENT: AlertEvent = {
  kind: "fired",
  tenant: "acme",
  ownerId: "u-1",
  ruleId: "r-1",
  ruleName: "Errors <Acme> & co",
  episodeId: "e-1",
  at: Date.UTC(2026, 2, 2, 9, 30),
  summary: "12 matching transactions in the last 15 minutes (above 5)",
  value: 12,
  threshold: 5,
  listPath: "/transactions?status=error&from=2026-03-02T09:15:00Z",
};

describe("webhook signature", () => {
  it("is the HMAC-SHA256 of '<timestamp>.<body>' with the secret, the timestamp in whole seconds", () => {
    const body = '{"a":1}';
    const headers = signatureHeaders("s3cret", body, 1_700_000_000_999);
    expect(headers["X-Track-Timestamp"]).toBe("1700000000");
    const expected = crypto.createHmac("sha256", "s3cret").update(`1700000000.${body}`).digest("hex");
    expect(headers["X-Track-Signature"]).toBe(`sha256=${expected}`);
  });

  it("changes with the body, the time and the secret", () => {
    const base = signatureHeaders("a", "x", 1000_000)["X-Track-Signature"];
    expect(signatureHeaders("a", "y", 1000_000)["X-Track-Signature"]).not.toBe(base);
    expect(signatureHeaders("a", "x", 2000_000)["X-Track-Signature"]).not.toBe(base);
    expect(signatureHeaders("b", "x", 1000_000)["X-Track-Signature"]).not.toBe(base);
  });

  it("makes a new random secret each time", () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[\w-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});

describe("retries", () => {
  it("wait base, 4×, 16×… and stop after the last attempt", () => {
    const schedule = [1, 2, 3, 4, 5, 6].map((n) => retryDelay(n, 30_000, 6));
    expect(schedule).toEqual([30_000, 120_000, 480_000, 1_920_000, 7_680_000, null]);
    expect(retryDelay(1, 100, 1)).toBeNull();
  });

  it("are made for 5xx, 408 and 429, not for other answers", () => {
    for (const status of [500, 502, 503, 504, 408, 429]) expect(retryableStatus(status)).toBe(true);
    for (const status of [400, 401, 403, 404, 410, 422, 301]) expect(retryableStatus(status)).toBe(false);
  });
});

describe("payloads", () => {
  it("carry the event and the list's absolute address", () => {
    const payload = deliveryPayload(EVENT, "https://track.example.com/monitor");
    expect(payload).toEqual({
      ...EVENT,
      listUrl: "https://track.example.com/transactions?status=error&from=2026-03-02T09:15:00Z",
    });
    expect(JSON.parse(webhookBody(payload, "json"))).toEqual(payload);
  });

  it("in Slack's format are one text with the headline, the summary and the link, escaped", () => {
    const body = JSON.parse(webhookBody(deliveryPayload(EVENT, "http://localhost:3000"), "slack"));
    expect(Object.keys(body)).toEqual(["text"]);
    expect(body.text).toBe(
      "*Alert fired: Errors &lt;Acme&gt; &amp; co*\n12 matching transactions in the last 15 minutes (above 5)\n" +
        "<http://localhost:3000/transactions?status=error&from=2026-03-02T09:15:00Z|Open the transactions>",
    );
  });

  it("of a test say so and link to the list", () => {
    const payload = testPayload({ tenant: "acme", owner_id: "u-1" }, "http://localhost:3000", 5);
    expect(payload).toMatchObject({ kind: "test", tenant: "acme", listUrl: "http://localhost:3000/transactions" });
    expect(JSON.parse(webhookBody(payload, "slack")).text).toMatch(/^\*Test notification\*/);
  });

  it("as e-mail have the headline as subject and the link in both bodies, HTML escaped", () => {
    const mail = alertEmail(deliveryPayload({ ...EVENT, kind: "resolved" }, "http://localhost:3000"));
    expect(mail.subject).toBe("[Track Monitor] Alert resolved: Errors <Acme> & co");
    expect(mail.text).toContain("http://localhost:3000/transactions?status=error&from=2026-03-02T09:15:00Z");
    expect(mail.text).toContain("At 2026-03-02 09:30 UTC.");
    expect(mail.html).toContain('href="http://localhost:3000/transactions?status=error&amp;from=2026-03-02T09:15:00Z"');
  });
});
