import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PollLoop, type LiveSubscriber } from "./poll-loop";
import { liveStatus, subscribeLive } from "./registry";

const subscriber = (events: string[] = []): LiveSubscriber => ({
  send: (event) => events.push(event),
  token: () => "t",
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("PollLoop", () => {
  it("probes once per interval however many viewers subscribe, and pings all of them on a change", async () => {
    let value = "a";
    const probe = vi.fn(async () => value);
    const loop = new PollLoop({ probe, intervalMs: 1000 });
    const events = Array.from({ length: 20 }, () => [] as string[]);
    events.forEach((e) => loop.subscribe(subscriber(e)));
    await vi.advanceTimersByTimeAsync(3000);
    expect(probe).toHaveBeenCalledTimes(4);
    value = "b";
    await vi.advanceTimersByTimeAsync(1000);
    expect(events.every((e) => e.join() === "ready,changed")).toBe(true);
  });

  it("stops when the last viewer leaves", async () => {
    const probe = vi.fn(async () => "same");
    const onStop = vi.fn();
    const loop = new PollLoop({ probe, intervalMs: 1000, onStop });
    const leave = [loop.subscribe(subscriber()), loop.subscribe(subscriber())];
    await vi.advanceTimersByTimeAsync(1000);
    leave.forEach((l) => l());
    const calls = probe.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probe).toHaveBeenCalledTimes(calls);
    expect(onStop).toHaveBeenCalledOnce();
    expect(loop.running).toBe(false);
  });

  it("backs off after failures and slows down when idle", async () => {
    const probe = vi.fn(async () => {
      throw new Error("down");
    });
    const loop = new PollLoop({ probe, intervalMs: 1000, maxBackoffMs: 8000 });
    const events: string[] = [];
    loop.subscribe(subscriber(events));
    await vi.advanceTimersByTimeAsync(0); // first probe at once
    await vi.advanceTimersByTimeAsync(2000 + 4000 + 8000 + 8000);
    expect(probe).toHaveBeenCalledTimes(5);
    expect(events.every((e) => e === "trouble")).toBe(true);

    const idle = vi.fn(async () => "x");
    const quiet = new PollLoop({ probe: idle, intervalMs: 1000, idleIntervalMs: 5000, idleAfter: 3 });
    quiet.subscribe(subscriber());
    await vi.advanceTimersByTimeAsync(2000); // probes at 0, 1 s, 2 s
    await vi.advanceTimersByTimeAsync(4999);
    expect(idle).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toHaveBeenCalledTimes(4);
    quiet.stop();
    loop.stop();
  });

  it("shares one loop per key in the registry and forgets it when empty", async () => {
    const probe = vi.fn(async () => "v");
    const leaves = Array.from({ length: 5 }, () =>
      subscribeLive("acme|?status=error", subscriber(), () => ({ probe })),
    );
    expect(liveStatus()).toEqual({ loops: 1, subscribers: 5 });
    leaves.forEach((l) => l());
    expect(liveStatus()).toEqual({ loops: 0, subscribers: 0 });
  });
});

describe("PollLoop readiness", () => {
  it("tells a viewer it is ready only once the baseline is known", async () => {
    vi.useFakeTimers();
    let resolve: (v: string) => void = () => {};
    const loop = new PollLoop({ probe: () => new Promise<string>((r) => (resolve = r)), intervalMs: 1000 });
    const first: string[] = [];
    loop.subscribe(subscriber(first));
    await vi.advanceTimersByTimeAsync(0);
    expect(first).toEqual([]);
    resolve("a");
    await vi.advanceTimersByTimeAsync(0);
    expect(first).toEqual(["ready"]);
    const second: string[] = [];
    loop.subscribe(subscriber(second));
    expect(second).toEqual(["ready"]);
    loop.stop();
    vi.useRealTimers();
  });
});
