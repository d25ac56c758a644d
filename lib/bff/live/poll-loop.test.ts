import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PollLoop, type PollLoopOptions } from "./poll-loop";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const loopOf = (options: Partial<PollLoopOptions> & Pick<PollLoopOptions, "probe">) => {
  const events: string[] = [];
  const loop = new PollLoop({
    token: () => "t",
    onBaseline: () => events.push("baseline"),
    onChange: () => events.push("changed"),
    onTrouble: () => events.push("trouble"),
    intervalMs: 1000,
    ...options,
  });
  return { loop, events };
};

describe("PollLoop", () => {
  it("probes once per interval, reports its baseline once and each change", async () => {
    let value = "a";
    const probe = vi.fn(async () => value);
    const { loop, events } = loopOf({ probe });
    loop.start();
    await vi.advanceTimersByTimeAsync(3000);
    expect(probe).toHaveBeenCalledTimes(4);
    value = "b";
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual(["baseline", "changed"]);
    loop.stop();
  });

  it("stops when no viewer can lend it a token, and stays stopped", async () => {
    let token: string | undefined = "t";
    const probe = vi.fn(async () => "same");
    const { loop } = loopOf({ probe, token: () => token });
    loop.start();
    await vi.advanceTimersByTimeAsync(1000);
    token = undefined;
    await vi.advanceTimersByTimeAsync(1000);
    const calls = probe.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probe).toHaveBeenCalledTimes(calls);
    expect(loop.running).toBe(false);
  });

  it("backs off after failures and slows down when idle", async () => {
    const probe = vi.fn(async () => {
      throw new Error("down");
    });
    const { loop, events } = loopOf({ probe, maxBackoffMs: 8000 });
    loop.start();
    await vi.advanceTimersByTimeAsync(0); // first probe at once
    await vi.advanceTimersByTimeAsync(2000 + 4000 + 8000 + 8000);
    expect(probe).toHaveBeenCalledTimes(5);
    expect(events.every((e) => e === "trouble")).toBe(true);

    const idle = vi.fn(async () => "x");
    const quiet = loopOf({ probe: idle, idleIntervalMs: 5000, idleAfter: 3 }).loop;
    quiet.start();
    await vi.advanceTimersByTimeAsync(2000); // probes at 0, 1 s, 2 s
    await vi.advanceTimersByTimeAsync(4999);
    expect(idle).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toHaveBeenCalledTimes(4);
    quiet.stop();
    loop.stop();
  });

  it("probes at once when nudged, even while idle, but not more often than the nudge spacing", async () => {
    let value = "a";
    const probe = vi.fn(async () => value);
    const { loop, events } = loopOf({ probe, idleIntervalMs: 60_000, idleAfter: 1, nudgeSpacingMs: 200 });
    loop.start();
    await vi.advanceTimersByTimeAsync(1000); // the baseline, then idle: the next probe is a minute away
    expect(probe).toHaveBeenCalledTimes(1);
    value = "b";
    loop.nudge();
    loop.nudge();
    await vi.advanceTimersByTimeAsync(0);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(events).toEqual(["baseline", "changed"]);
    loop.nudge();
    await vi.advanceTimersByTimeAsync(199);
    expect(probe).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(probe).toHaveBeenCalledTimes(3);
    loop.stop();
  });

  it("probes again right after a probe that was in flight when nudged", async () => {
    let resolve: (v: string) => void = () => {};
    const probe = vi.fn(() => new Promise<string>((r) => (resolve = r)));
    const { loop } = loopOf({ probe, nudgeSpacingMs: 0, intervalMs: 60_000 });
    loop.start();
    await vi.advanceTimersByTimeAsync(0);
    loop.nudge();
    resolve("a");
    await vi.advanceTimersByTimeAsync(0);
    expect(probe).toHaveBeenCalledTimes(2);
    loop.stop();
  });
});
