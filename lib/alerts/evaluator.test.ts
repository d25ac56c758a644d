import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { trackApi } from "@/lib/track-client/api";
import { migrateDashboard, openDashboardDb, type DashboardDb } from "@/lib/dashboard-store/db";
import { evaluateAll } from "./evaluator";
import { onAlertEvent, type AlertEvent } from "./events";
import { createRule, findRule, listEpisodes, updateRule } from "./store";

// The Track API answers with `totals` by the partner in the filter; the technical user's token is the tenant's name.
const totals = new Map<string, number>();
vi.mock("@/lib/track-client/api", () => ({
  trackApi: {
    search: vi.fn(async (token: string, request: { filter: { businessPartner?: string } }) => {
      const partner = request.filter.businessPartner ?? "";
      if (partner === "broken") throw new Error("the upstream is down");
      return { items: [], total: totals.get(`${token}/${partner}`) ?? 0, nextCursor: null };
    }),
    health: vi.fn(async () => null),
  },
}));
vi.mock("./technical-users", () => ({ technicalToken: async (tenant: string) => tenant }));

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);
const MIN = 60_000;
const owner = { tenant: "acme", userId: "alice" };
const countRule = (name: string, partner: string) => ({
  name,
  type: "count" as const,
  query: `partner=${partner}`,
  params: { windowMinutes: 15, threshold: 2, direction: "above" as const },
  timeZone: "UTC",
});
const shared = globalThis as unknown as { __dashboardDb?: Promise<DashboardDb> };

describe("evaluateAll", () => {
  let db: DashboardDb;
  let events: AlertEvent[];
  let stop: () => void;
  beforeEach(async () => {
    db = openDashboardDb(":memory:");
    await migrateDashboard(db);
    shared.__dashboardDb = Promise.resolve(db);
    totals.clear();
    events = [];
    stop = onAlertEvent(async (event) => void events.push(event));
  });
  afterEach(async () => {
    stop();
    shared.__dashboardDb = undefined;
    await db.destroy();
  });

  it("fires once per episode, resolves, and a failing rule does not stop the others", async () => {
    const noisy = await createRule(owner, ["track"], countRule("Noisy", "noisy"), T0);
    const broken = await createRule(owner, ["track"], countRule("Broken", "broken"), T0);
    const lag = await createRule(
      owner,
      ["track"],
      { ...countRule("Lag", "x"), type: "lag", params: { lagMinutes: 5 } },
      T0,
    );
    totals.set("acme/noisy", 5);
    expect(await evaluateAll(T0 + MIN)).toEqual({ rules: 3, failed: 2 });
    expect(await evaluateAll(T0 + 2 * MIN)).toEqual({ rules: 3, failed: 2 });
    expect(events.map((e) => [e.kind, e.ruleName, e.summary])).toEqual([
      ["fired", "Noisy", "5 matching transactions in the last 15 minutes (above 2)"],
    ]);
    expect(events[0]).toMatchObject({ tenant: "acme", ownerId: "alice", value: 5, threshold: 2, at: T0 + MIN });
    const path = new URL(events[0].listPath, "http://x");
    expect([
      path.pathname,
      path.searchParams.get("partner"),
      path.searchParams.get("from"),
      path.searchParams.get("to"),
    ]).toEqual([
      "/transactions",
      "noisy",
      new Date(T0 + MIN - 15 * MIN).toISOString(),
      new Date(T0 + MIN).toISOString(),
    ]);
    expect((await findRule(owner, broken.id))?.last_error).toBe("the upstream is down");
    expect((await findRule(owner, lag.id))?.last_error).toMatch(/no health endpoint/);

    totals.set("acme/noisy", 1);
    await evaluateAll(T0 + 3 * MIN);
    expect(events.map((e) => e.kind)).toEqual(["fired", "resolved"]);
    expect(events[1].episodeId).toBe(events[0].episodeId);
    expect(await listEpisodes(noisy.id)).toMatchObject([
      { startedAt: T0 + MIN, resolvedAt: T0 + 3 * MIN, peakValue: 5 },
    ]);
  });

  it("rules with the same filter and window share one search per cycle", async () => {
    await createRule(owner, ["track"], countRule("Mine", "noisy"), T0);
    await createRule({ tenant: "acme", userId: "bob" }, ["track"], countRule("Bob's", "noisy"), T0);
    await createRule(
      owner,
      ["track"],
      { ...countRule("Longer", "noisy"), params: { windowMinutes: 60, threshold: 2 } },
      T0,
    );
    vi.mocked(trackApi.search).mockClear();
    await evaluateAll(T0 + MIN);
    expect(trackApi.search).toHaveBeenCalledTimes(2);
    await evaluateAll(T0 + 2 * MIN);
    expect(trackApi.search).toHaveBeenCalledTimes(4);
  });

  it("a muted rule keeps its episodes and tells nobody", async () => {
    const rule = await createRule(owner, ["track"], countRule("Noisy", "noisy"), T0);
    await updateRule(owner, rule.id, { mutedUntil: Number.MAX_SAFE_INTEGER }, T0);
    totals.set("acme/noisy", 5);
    await evaluateAll(T0 + MIN);
    expect(events).toEqual([]);
    expect(await listEpisodes(rule.id)).toHaveLength(1);
  });

  it("tells at most ALERT_MAX_PER_HOUR transitions an hour", async () => {
    vi.stubEnv("ALERT_MAX_PER_HOUR", "3");
    try {
      await createRule(owner, ["track"], countRule("Flapping", "flap"), T0);
      for (let i = 1; i <= 8; i++) {
        totals.set("acme/flap", i % 2 ? 5 : 0);
        await evaluateAll(T0 + i * MIN);
      }
      expect(events.map((e) => e.kind)).toEqual(["fired", "resolved", "fired"]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
