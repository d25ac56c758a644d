import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrateDashboard, openDashboardDb, type DashboardDb } from "@/lib/dashboard-store/db";
import { freshStoreUrl } from "@/test/store-backend";
import {
  addNotification,
  createRule,
  deleteRule,
  findRule,
  listEpisodes,
  listNotifications,
  listRules,
  markRead,
  recordEvaluation,
  unreadCount,
  updateRule,
} from "./store";
import type { RuleInput } from "./validate";

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);
const alice = { tenant: "acme", userId: "alice" };
const bob = { tenant: "acme", userId: "bob" };
const globexAlice = { tenant: "globex", userId: "alice" };
const input: RuleInput = {
  name: "Errors",
  type: "count",
  query: "status=error",
  params: { windowMinutes: 15, threshold: 0, direction: "above" },
  timeZone: "UTC",
};

// NOTE: the store reads the process-wide dashboard database (lib/dashboard-store/db.ts), which is
// kept on globalThis: each test puts a fresh one there.
const shared = globalThis as unknown as { __dashboardDb?: Promise<DashboardDb> };

describe("the alerts' tables", () => {
  let db: DashboardDb;
  beforeEach(async () => {
    db = openDashboardDb(await freshStoreUrl());
    await migrateDashboard(db);
    shared.__dashboardDb = Promise.resolve(db);
  });
  afterEach(async () => {
    shared.__dashboardDb = undefined;
    await db.destroy();
  });

  it("a rule is its owner's alone: another user or tenant neither finds, changes nor deletes it", async () => {
    const rule = await createRule(alice, ["track"], input, T0);
    expect((await listRules(alice)).map((r) => r.id)).toEqual([rule.id]);
    for (const other of [bob, globexAlice]) {
      expect(await listRules(other)).toEqual([]);
      expect(await findRule(other, rule.id)).toBeUndefined();
      expect(await updateRule(other, rule.id, { mutedUntil: T0 + 60_000 }, T0)).toBeUndefined();
      expect(await deleteRule(other, rule.id)).toBe(false);
    }
    expect((await findRule(alice, rule.id))?.muted_until).toBeNull();
    expect(await deleteRule(alice, rule.id)).toBe(true);
    expect(await listRules(alice)).toEqual([]);
  });

  it("an evaluation opens an episode, raises its peak, and resolves it", async () => {
    const rule = await createRule(alice, ["track"], input, T0);
    const row = async () => (await findRule(alice, rule.id))!;
    const measured = (value: number, at: number) => ({ value, threshold: 0, at });
    const opened = await recordEvaluation(
      await row(),
      {
        state: "firing",
        measured: measured(3, T0 + 1),
        error: null,
        notified: [T0 + 1],
        opened: { id: "e1", listPath: "/transactions?status=error", value: 3 },
      },
      T0 + 1,
    );
    expect(opened).toBe("e1");
    await recordEvaluation(
      await row(),
      { state: "firing", measured: measured(7, T0 + 2), error: null, notified: [T0 + 1] },
      T0 + 2,
    );
    const resolved = await recordEvaluation(
      await row(),
      { state: "ok", measured: measured(0, T0 + 3), error: null, notified: [T0 + 1], resolved: true },
      T0 + 3,
    );
    expect(resolved).toBe("e1");
    expect(await listEpisodes(rule.id)).toEqual([
      { id: "e1", startedAt: T0 + 1, resolvedAt: T0 + 3, peakValue: 7, listPath: "/transactions?status=error" },
    ]);
    const [after] = await listRules(alice);
    expect(after).toMatchObject({ state: "ok", lastFiredAt: T0 + 1, lastEvaluatedAt: T0 + 3, lastValue: { value: 0 } });
  });

  it("notifications are the user's own; read ones leave the unread count", async () => {
    const base = { rule_id: "r", episode_id: "e", kind: "fired" as const, summary: "s", list_path: "/transactions" };
    await addNotification({ ...base, tenant: "acme", user_id: "alice", created_at: T0 });
    await addNotification({ ...base, tenant: "acme", user_id: "alice", created_at: T0 + 1, kind: "resolved" });
    await addNotification({ ...base, tenant: "globex", user_id: "alice", created_at: T0 });
    const items = await listNotifications(alice);
    expect(items.map((n) => n.kind)).toEqual(["resolved", "fired"]);
    expect(await unreadCount(alice)).toBe(2);
    expect(await markRead(bob, [items[0].id], T0)).toBe(0);
    expect(await markRead(alice, [items[0].id], T0 + 5)).toBe(1);
    expect(await unreadCount(alice)).toBe(1);
    expect(await markRead(alice, "all", T0 + 6)).toBe(1);
    expect(await unreadCount(alice)).toBe(0);
    expect(await unreadCount(globexAlice)).toBe(1);
  });
});
