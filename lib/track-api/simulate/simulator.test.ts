import { afterEach, describe, expect, it, vi } from "vitest";
import { ingestEventSchema, type IngestEvent } from "@/lib/track-api/ingest/schema";
import { TrafficSimulator, type TrafficSimulatorOptions } from "./simulator";

const T0 = Date.UTC(2026, 3, 15, 8);

interface Call {
  tenantId: string;
  events: IngestEvent[];
  at: number;
}

function recorder(overrides: Partial<TrafficSimulatorOptions> = {}) {
  const calls: Call[] = [];
  let clock = T0;
  const sim = new TrafficSimulator({
    tenants: ["acme", "globex"],
    seed: 1,
    ratePerMinute: 30,
    ingest: async (tenantId, events) => void calls.push({ tenantId, events, at: clock }),
    ...overrides,
  });
  const run = async (seconds: number, step = 1_000) => {
    for (let i = 0; i < seconds * (1_000 / step); i++) {
      clock += step;
      await sim.tick(clock);
    }
  };
  return { sim, calls, run };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("TrafficSimulator", () => {
  it("creates transactions at about the configured rate and emits only events that are due", async () => {
    const { sim, calls, run } = recorder();
    expect(await sim.tick(T0)).toEqual({ created: 0, emitted: 0, failed: 0 });
    await run(600);
    const events = calls.flatMap((c) => c.events);
    for (const tenant of ["acme", "globex"]) {
      const received = calls
        .filter((c) => c.tenantId === tenant)
        .flatMap((c) => c.events)
        .filter((e) => e.type === "RECEIVED");
      expect(received.length).toBeGreaterThan(230);
      expect(received.length).toBeLessThan(370);
    }
    expect(events.filter((e) => !ingestEventSchema.safeParse(e).success)).toEqual([]);
    expect(calls.filter((c) => c.events.some((e) => Date.parse(e.occurredAt) > c.at))).toEqual([]);
    expect(events.some((e) => e.type === "ARCHIVED")).toBe(true);
  });

  it("is deterministic for a seed and tick times, and differs for another seed", async () => {
    const a = recorder();
    const b = recorder();
    const c = recorder({ seed: 2 });
    await Promise.all([a.run(120), b.run(120), c.run(120)]);
    const log = (calls: Call[]) => calls.map((x) => `${x.tenantId} ${x.events.map((e) => e.eventId).join(",")}`);
    expect(log(a.calls)).toEqual(log(b.calls));
    expect(log(c.calls)).not.toEqual(log(a.calls));
  });

  it("over a long run re-delivers about 1% of events and swaps some within a batch", async () => {
    const { calls, run } = recorder({ tenants: ["acme"], ratePerMinute: 60 });
    await run(2 * 3_600);
    const seen = new Map<string, number>();
    for (const e of calls.flatMap((c) => c.events)) seen.set(e.eventId, (seen.get(e.eventId) ?? 0) + 1);
    const duplicated = [...seen.values()].filter((n) => n > 1).length;
    expect(duplicated / seen.size).toBeGreaterThan(0.005);
    expect(duplicated / seen.size).toBeLessThan(0.02);
    const swapped = calls.filter((c) =>
      c.events.some((e, i) => {
        const prev = c.events[i - 1];
        return prev?.transactionId === e.transactionId && Date.parse(prev.occurredAt) > Date.parse(e.occurredAt);
      }),
    );
    expect(swapped.length).toBeGreaterThan(0);
  });

  it("logs a failing ingest once per tick and delivers the events on a later tick", async () => {
    const warn = vi.fn();
    let failing = true;
    const delivered = new Set<string>();
    const attempted = new Set<string>();
    const sim = new TrafficSimulator({
      tenants: ["acme", "globex"],
      seed: 4,
      ratePerMinute: 120,
      logger: { warn },
      ingest: async (_tenant, events) => {
        events.forEach((e) => attempted.add(e.eventId));
        if (failing) throw new Error("store unavailable");
        events.forEach((e) => delivered.add(e.eventId));
      },
    });
    await sim.tick(T0);
    const result = await sim.tick(T0 + 30_000);
    expect(result.failed).toBeGreaterThan(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain("store unavailable");
    failing = false;
    await sim.tick(T0 + 31_000);
    expect([...attempted].filter((id) => !delivered.has(id))).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("ticks on a timer after start() and stops emitting after stop(), awaiting the tick in flight", async () => {
    vi.useFakeTimers({ now: T0 });
    let release: () => void = () => {};
    let calls = 0;
    const sim = new TrafficSimulator({
      tenants: ["acme"],
      seed: 1,
      ratePerMinute: 600,
      now: () => Date.now(),
      ingest: () => {
        calls++;
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    sim.start();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toBe(1);
    let stopped = false;
    const stopping = sim.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(1);
  });
});
