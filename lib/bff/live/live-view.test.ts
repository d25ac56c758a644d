import crypto from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createCoordination, type Coordination } from "@/lib/cluster";
import { migrateDashboard, openDashboardDb, type DashboardDb } from "@/lib/dashboard-store/db";
import { freshStoreUrl, STORE_BACKEND } from "@/test/store-backend";
import { LiveView, type LiveSubscriber } from "./live-view";

const TIMING = { ttlMs: 800, renewMs: 100 };
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close().catch(() => {});
});

/** Instances on one database: PostgreSQL in the "store on postgres" project, else one process. */
async function cluster(size: number): Promise<{ instances: Coordination[]; dbs: DashboardDb[] }> {
  const url = await freshStoreUrl();
  const instances: Coordination[] = [];
  const dbs: DashboardDb[] = [];
  for (let i = 0; i < size; i++) {
    const db = openDashboardDb(url);
    await migrateDashboard(db);
    const c = createCoordination({
      databaseUrl: url,
      instanceId: `i${i}`,
      db: async () => db,
      secret: () => "s",
      leaseTiming: TIMING,
    });
    if ("started" in c.bus) await (c.bus as { started: Promise<void> }).started;
    cleanup.push(
      () => db.destroy(),
      () => c.close(),
    );
    instances.push(c);
    dbs.push(db);
  }
  return { instances, dbs };
}

const viewer = (events: string[] = []): LiveSubscriber => ({ send: (event) => events.push(event), token: () => "t" });

/** The upstream as a probe: a fingerprint that changes when the test says so; counts its calls. */
function upstream() {
  const state = { value: "a", calls: 0 };
  const probe = async () => {
    state.calls += 1;
    return state.value;
  };
  return { state, settings: () => ({ probe, intervalMs: 200, idleIntervalMs: 60_000, idleAfter: 2 }) };
}

const tenant = () => `t-${crypto.randomUUID()}`;

describe.runIf(STORE_BACKEND === "sqlite")("a live view on one instance", () => {
  it("serves every viewer from one loop, says ready once it has a baseline, and stops with the last viewer", async () => {
    const { instances } = await cluster(1);
    const { state, settings } = upstream();
    const onEmpty = vi.fn();
    const view = new LiveView("v1", "acme", settings, instances[0]!, onEmpty);
    const events = Array.from({ length: 5 }, () => [] as string[]);
    const leave = events.map((e) => view.subscribe(viewer(e)));
    expect(view.polling).toBe(true);
    await vi.waitFor(() => expect(events.every((e) => e.join() === "ready")).toBe(true));
    state.value = "b";
    await vi.waitFor(() => expect(events.every((e) => e.join() === "ready,changed")).toBe(true));
    leave.forEach((l) => l());
    expect(view.polling).toBe(false);
    expect(onEmpty).toHaveBeenCalledOnce();
    const calls = state.calls;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(state.calls).toBe(calls);
  });

  it("probes at once when the tenant's store announces an ingest, even while idle", async () => {
    const { instances } = await cluster(1);
    const { state, settings } = upstream();
    const id = tenant();
    const view = new LiveView("v2", id, settings, instances[0]!, () => {});
    const events: string[] = [];
    const leave = view.subscribe(viewer(events));
    await vi.waitFor(() => expect(state.calls).toBeGreaterThanOrEqual(2)); // idle now: next probe in a minute
    await new Promise((resolve) => setTimeout(resolve, 250));
    const calls = state.calls;
    state.value = "b";
    await instances[0]!.bus.publish({ type: "ingested", tenant: "someone-else" });
    await instances[0]!.bus.publish({ type: "ingested", tenant: id });
    await vi.waitFor(() => expect(events).toEqual(["ready", "changed"]));
    expect(state.calls).toBe(calls + 1);
    leave();
  });
});

describe.runIf(STORE_BACKEND === "postgres")("a live view watched on two instances", () => {
  it("runs one loop in the cluster, pings viewers on both, and moves the loop when its instance stops", async () => {
    const { instances } = await cluster(2);
    const { state, settings } = upstream();
    const id = tenant();
    const views = instances.map((c) => new LiveView(`v-${id}`, id, settings, c, () => {}));
    const events = [[] as string[], [] as string[]];
    const leave = views.map((view, i) => view.subscribe(viewer(events[i])));
    await vi.waitFor(() => expect(events).toEqual([["ready"], ["ready"]]));
    // Several lease periods later still exactly one loop.
    await new Promise((resolve) => setTimeout(resolve, 4 * TIMING.renewMs));
    expect(views.map((v) => v.polling).filter(Boolean)).toHaveLength(1);

    // Idle by now (the next probe is a minute away): an ingest announced through the instance
    // without the loop reaches the loop at once, and the change reaches the viewers on both.
    const follower = views.findIndex((v) => !v.polling);
    const holder = 1 - follower;
    const calls = state.calls;
    state.value = "b";
    const announced = Date.now();
    await instances[follower]!.bus.publish({ type: "ingested", tenant: id });
    await vi.waitFor(() =>
      expect(events).toEqual([
        ["ready", "changed"],
        ["ready", "changed"],
      ]),
    );
    expect(Date.now() - announced).toBeLessThan(1000);
    expect(state.calls).toBe(calls + 1);

    // The holder's viewers leave: the loop moves to the other instance, whose viewers hear of the takeover.
    leave[holder]!();
    await vi.waitFor(() => expect(views[follower]!.polling).toBe(true), { timeout: 3 * TIMING.renewMs });
    await vi.waitFor(() => expect(events[follower]).toHaveLength(3));
    expect(events[follower]!.at(-1)).toBe("changed");
    leave[follower]!();
  });
});
