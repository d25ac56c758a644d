import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emitAlertEvent } from "@/lib/alerts/events";
import { closeCoordination } from "@/lib/cluster";
import { closeDashboardDb, dashboardDb } from "@/lib/dashboard-store/db";
import { createChannel, setRuleChannels } from "./channels-store";
import { listDeliveries } from "./deliveries-store";
import { startAlertDelivery } from "./start";

describe("alert delivery at server start", () => {
  let server: http.Server;
  const bodies: string[] = [];
  let arrived: () => void = () => undefined;

  beforeAll(async () => {
    vi.stubEnv("DATABASE_URL", ":memory:");
    vi.stubEnv("AUTH_SECRET", "test-secret-for-alert-delivery");
    vi.stubEnv("PUBLIC_URL", "https://track.example.com");
    vi.stubEnv("ALERT_ALLOW_PRIVATE_TARGETS", "1");
    // Far longer than the test: a delivery that goes out at once was sent because the enqueue woke the loop.
    vi.stubEnv("ALERT_DELIVERY_INTERVAL_MS", "600000");
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        bodies.push(body);
        res.writeHead(204).end();
        arrived();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });

  afterAll(async () => {
    await closeCoordination();
    await closeDashboardDb();
    await new Promise((resolve) => server.close(resolve));
    vi.unstubAllEnvs();
  });

  it("sends an emitted alert event to the rule's channels at once", async () => {
    startAlertDelivery();
    const db = await dashboardDb();
    const owner = { tenant: "acme", ownerId: "alice" };
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const channel = await createChannel(
      db,
      owner,
      { kind: "webhook", name: "hook", target: url, format: "json", secret: null },
      Date.now(),
    );
    await setRuleChannels(db, owner, "rule-9", [channel.id]);
    const got = new Promise<void>((resolve) => (arrived = resolve));
    await emitAlertEvent({
      kind: "resolved",
      tenant: "acme",
      ownerId: "alice",
      ruleId: "rule-9",
      ruleName: "Silent partner",
      episodeId: "ep-9",
      at: Date.now(),
      summary: "Volume is back to normal",
      value: 40,
      threshold: 20,
      listPath: "/transactions?partner=x",
    });
    await got;
    expect(JSON.parse(bodies[0])).toMatchObject({
      kind: "resolved",
      ruleId: "rule-9",
      listUrl: "https://track.example.com/transactions?partner=x",
    });
    await vi.waitFor(async () =>
      expect(await listDeliveries(db, owner, { ruleId: "rule-9" })).toMatchObject([
        { status: "sent", attempts: 1, statusCode: 204 },
      ]),
    );
  });
});
