import crypto from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { migrateDashboard, openDashboardDb, type DashboardDb } from "@/lib/dashboard-store/db";
import { freshStoreUrl, STORE_BACKEND } from "@/test/store-backend";
import type { ClusterMessage } from "./bus";
import { createCoordination, type Coordination } from "./index";

const TIMING = { ttlMs: 800, renewMs: 100 };
const opened: { coordination: Coordination; db: DashboardDb }[] = [];

/** An instance's coordination on `url`, with its own connections (as a separate process has). */
async function instance(url: string, name: string = crypto.randomUUID()): Promise<Coordination> {
  const db = openDashboardDb(url);
  await migrateDashboard(db);
  const coordination = createCoordination({
    databaseUrl: url,
    instanceId: name,
    db: async () => db,
    secret: () => "test secret",
    leaseTiming: TIMING,
  });
  opened.push({ coordination, db });
  if ("started" in coordination.bus) await (coordination.bus as { started: Promise<void> }).started;
  return coordination;
}

afterEach(async () => {
  for (const { coordination, db } of opened.splice(0)) {
    await coordination.close();
    await db.destroy().catch(() => {});
  }
});

const heard = (coordination: Coordination) => {
  const messages: ClusterMessage[] = [];
  coordination.bus.subscribe((m) => messages.push(m));
  return messages;
};

describe.runIf(STORE_BACKEND === "sqlite")("one instance (no shared database)", () => {
  it("holds every lease at once, delivers its own messages and refreshes directly", async () => {
    const one = await instance(":memory:");
    const onAcquire = vi.fn();
    const handle = one.leases.hold("job", { onAcquire, onLose: () => {} });
    expect(onAcquire).toHaveBeenCalledOnce();
    expect(handle.held).toBe(true);
    const messages = heard(one);
    await one.bus.publish({ type: "ingested", tenant: "acme" });
    await vi.waitFor(() => expect(messages).toEqual([{ type: "ingested", tenant: "acme" }]));
    const refresh = vi.fn(async () => "tokens");
    expect(await one.refresh.run("rt", refresh)).toBe("tokens");
  });
});

describe.runIf(STORE_BACKEND === "postgres")("instances sharing one PostgreSQL database", () => {
  it("give a lease to exactly one of them, and to another when its holder releases it or dies", async () => {
    const url = await freshStoreUrl();
    const [a, b] = [await instance(url, "a"), await instance(url, "b")];
    const holders = new Set<string>();
    const want = (c: Coordination) =>
      c.leases.hold("job", {
        onAcquire: () => void holders.add(c.instanceId),
        onLose: () => void holders.delete(c.instanceId),
      });
    const handles = { a: want(a), b: want(b) };
    await vi.waitFor(() => expect(holders.size).toBe(1));
    // Several renewal periods later still exactly one.
    await new Promise((resolve) => setTimeout(resolve, 4 * TIMING.renewMs));
    expect(holders.size).toBe(1);
    const first = [...holders][0] as "a" | "b";
    const other = first === "a" ? "b" : "a";
    expect((await a.leases.info("job"))?.holder).toBe(first);

    await handles[first].release();
    await vi.waitFor(() => expect([...holders]).toEqual([other]), { timeout: 3 * TIMING.renewMs });

    // The new holder dies without releasing (its connections just stop): the lease expires and moves.
    const c = await instance(url, "c");
    want(c);
    const dying = opened.find((o) => o.coordination.instanceId === other)!;
    const died = Date.now();
    await dying.coordination.bus.close();
    await dying.db.destroy();
    holders.delete(other);
    await vi.waitFor(() => expect(holders.has("c")).toBe(true), { timeout: TIMING.ttlMs + 4 * TIMING.renewMs });
    expect(Date.now() - died).toBeLessThan(TIMING.ttlMs + 4 * TIMING.renewMs);
    expect((await c.leases.info("job"))?.holder).toBe("c");
  });

  it("give a lease up at shutdown only once its work has stopped, and then at once to another", async () => {
    const url = await freshStoreUrl();
    const [a, b] = [await instance(url, "a"), await instance(url, "b")];
    const log: string[] = [];
    let finish = () => {};
    a.leases.hold("simulator", {
      onAcquire: () => void log.push("a runs"),
      onLose: () => new Promise<void>((resolve) => (finish = () => (log.push("a stopped"), resolve()))),
    });
    await vi.waitFor(() => expect(log).toEqual(["a runs"]));
    b.leases.hold("simulator", { onAcquire: () => void log.push("b runs"), onLose: () => {} });
    const closing = a.close();
    await new Promise((resolve) => setTimeout(resolve, 3 * TIMING.renewMs));
    expect(log).toEqual(["a runs"]);
    finish();
    await closing;
    // Released, not expired: well within the lease's lifetime.
    await vi.waitFor(() => expect(log).toEqual(["a runs", "a stopped", "b runs"]), { timeout: TIMING.ttlMs / 2 });
  });

  it("deliver every message to every instance, the sender included", async () => {
    const url = await freshStoreUrl();
    const [a, b] = [await instance(url), await instance(url)];
    const [toA, toB] = [heard(a), heard(b)];
    const tenant = crypto.randomUUID();
    await b.bus.publish({ type: "ingested", tenant });
    const ours = (messages: ClusterMessage[]) => messages.filter((m) => m.type === "ingested" && m.tenant === tenant);
    await vi.waitFor(() => expect([ours(toA).length, ours(toB).length]).toEqual([1, 1]));
  });

  it("refresh a token once across instances; the others get its result", async () => {
    const url = await freshStoreUrl();
    const instances = [await instance(url), await instance(url), await instance(url)];
    let calls = 0;
    const refresh = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { accessToken: `at-${calls}`, refreshToken: `rt-${calls}` };
    };
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => instances[i % 3]!.refresh.run("rt-0", refresh)),
    );
    expect(calls).toBe(1);
    expect(new Set(results.map((r) => r.accessToken))).toEqual(new Set(["at-1"]));
    // The stored result is sealed: the tokens are not readable in the table.
    const db = opened[0]!.db;
    const rows = await db.selectFrom("dashboard_refresh_results").select("tokens").execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokens).not.toContain("at-1");
    // A refresh that fails is not remembered: the next request tries again.
    await expect(instances[0]!.refresh.run("rt-x", () => Promise.reject(new Error("401")))).rejects.toThrow("401");
    expect(await instances[1]!.refresh.run("rt-x", async () => "later")).toBe("later");
  });

  it("work on their own, with one log line, while the database does not answer", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const down = "postgres://postgres@127.0.0.1:1/none";
    const alone = createCoordination({
      databaseUrl: down,
      instanceId: "alone",
      db: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:1");
      },
      secret: () => "s",
      leaseTiming: TIMING,
    });
    const onAcquire = vi.fn();
    alone.leases.hold("job", { onAcquire, onLose: () => {} });
    await vi.waitFor(() => expect(onAcquire).toHaveBeenCalledOnce());
    const messages = heard(alone);
    await alone.bus.publish({ type: "ingested", tenant: "acme" });
    await vi.waitFor(() => expect(messages).toEqual([{ type: "ingested", tenant: "acme" }]));
    expect(await alone.refresh.run("rt", async () => "direct")).toBe("direct");
    await new Promise((resolve) => setTimeout(resolve, 3 * TIMING.renewMs));
    const lines = error.mock.calls.map((c) => String(c[0]));
    // One line per component, not one per call.
    expect(lines.filter((l) => l.includes("leases"))).toHaveLength(1);
    expect(lines.filter((l) => l.includes("refresh lock"))).toHaveLength(1);
    expect(lines.filter((l) => l.includes("LISTEN/NOTIFY"))).toHaveLength(1);
    await alone.close();
    error.mockRestore();
  });
});
