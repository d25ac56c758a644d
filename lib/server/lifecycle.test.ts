import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  inflightCount,
  installSignalHandlers,
  isDraining,
  onShutdown,
  openStreams,
  registerStream,
  resetLifecycleForTests,
  shutdown,
  trackInflight,
} from "./lifecycle";

const quiet = { log: () => {} };

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

beforeEach(() => resetLifecycleForTests());
afterEach(() => {
  vi.useRealTimers();
  resetLifecycleForTests();
});

describe("shutdown", () => {
  it("turns draining on, closes streams, waits for in-flight work, then runs the hooks in order", async () => {
    const steps: string[] = [];
    const work = deferred();
    registerStream((retryMs) => steps.push(`stream closed, retry ${retryMs}`));
    void trackInflight(async () => {
      await work.promise;
      steps.push("in-flight done");
    });
    onShutdown("pools", () => steps.push("pools"), "connections");
    onShutdown("simulator", async () => {
      await Promise.resolve();
      steps.push("simulator");
    });
    onShutdown("leases", () => steps.push("leases"));

    const done = shutdown({ ...quiet, retryMs: 1234 });
    expect(isDraining()).toBe(true);
    expect(steps).toEqual(["stream closed, retry 1234"]);
    await Promise.resolve();
    expect(steps).toHaveLength(1); // Hooks wait for the work in flight.
    work.resolve();
    await done;
    expect(steps).toEqual(["stream closed, retry 1234", "in-flight done", "simulator", "leases", "pools"]);
    expect(openStreams()).toBe(0);
    expect(inflightCount()).toBe(0);
  });

  it("is idempotent: a second call gets the first one's promise and runs nothing twice", async () => {
    const hook = vi.fn();
    onShutdown("once", hook);
    const first = shutdown(quiet);
    expect(shutdown(quiet)).toBe(first);
    await first;
    expect(hook).toHaveBeenCalledTimes(1);
  });

  it("stops waiting for in-flight work after its bound", async () => {
    vi.useFakeTimers();
    const hook = vi.fn();
    onShutdown("after", hook);
    const log = vi.fn();
    void trackInflight(() => new Promise(() => {}));
    let finished = false;
    const done = shutdown({ inflightTimeoutMs: 10_000, log }).then(() => (finished = true));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(finished).toBe(false);
    expect(hook).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(hook).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("still running after 10000 ms"));
  });

  it("also waits for work that starts while draining, within the same bound", async () => {
    const first = deferred();
    const second = deferred();
    const steps: string[] = [];
    void trackInflight(() => first.promise.then(() => steps.push("first")));
    onShutdown("hook", () => steps.push("hook"));
    const done = shutdown(quiet);
    void trackInflight(() => second.promise.then(() => steps.push("second")));
    first.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(steps).toEqual(["first"]);
    second.resolve();
    await done;
    expect(steps).toEqual(["first", "second", "hook"]);
  });

  it("bounds each hook and goes on past one that hangs or throws", async () => {
    vi.useFakeTimers();
    const steps: string[] = [];
    const log = vi.fn();
    onShutdown("hangs", () => new Promise(() => {}));
    onShutdown("throws", () => {
      throw new Error("boom");
    });
    onShutdown("rejects", () => Promise.reject(new Error("bang")));
    onShutdown("last", () => steps.push("last"));
    const done = shutdown({ hookTimeoutMs: 5_000, log });
    await vi.advanceTimersByTimeAsync(5_000);
    await done;
    expect(steps).toEqual(["last"]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('"hangs" did not finish within 5000 ms'));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('"throws" failed: boom'));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('"rejects" failed: bang'));
  });

  it("does not run a hook that was unregistered", async () => {
    const hook = vi.fn();
    const unregister = onShutdown("gone", hook);
    unregister();
    await shutdown(quiet);
    expect(hook).not.toHaveBeenCalled();
  });
});

describe("streams", () => {
  it("are not closed by shutdown once they ended and unregistered themselves", async () => {
    const close = vi.fn();
    const unregister = registerStream(close);
    expect(openStreams()).toBe(1);
    unregister();
    expect(openStreams()).toBe(0);
    await shutdown(quiet);
    expect(close).not.toHaveBeenCalled();
  });

  it("opened while draining are closed at once with the retry delay", async () => {
    await shutdown(quiet);
    const close = vi.fn();
    registerStream(close);
    expect(close).not.toHaveBeenCalled(); // Not before the caller finished setting the stream up.
    await Promise.resolve();
    expect(close).toHaveBeenCalledWith(1_000);
    expect(openStreams()).toBe(0);
  });

  it("a stream whose close throws does not stop the others from closing", async () => {
    const other = vi.fn();
    registerStream(() => {
      throw new Error("already closed");
    });
    registerStream(other);
    await shutdown(quiet);
    expect(other).toHaveBeenCalledTimes(1);
  });
});

describe("trackInflight", () => {
  it("returns the work's own result and failure, and forgets it once settled", async () => {
    await expect(trackInflight(async () => 42)).resolves.toBe(42);
    await expect(trackInflight(async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    await Promise.resolve();
    expect(inflightCount()).toBe(0);
  });
});

describe("installSignalHandlers", () => {
  const saved = { SIGTERM: process.listeners("SIGTERM"), SIGINT: process.listeners("SIGINT") };
  afterEach(() => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.removeAllListeners(signal);
      for (const listener of saved[signal]) process.on(signal, listener);
    }
  });

  it("drains before the handlers that were installed first (Next.js's), and only once", async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.removeAllListeners(signal);
    const steps: string[] = [];
    const nextHandler = vi.fn((signal: string) => steps.push(`next ${signal}`));
    process.on("SIGTERM", nextHandler);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const exit = vi.fn();
    installSignalHandlers(exit);
    installSignalHandlers(exit);
    expect(process.listeners("SIGTERM")).toHaveLength(1);
    expect(process.listeners("SIGTERM")).not.toContain(nextHandler);
    const work = deferred();
    void trackInflight(() => work.promise.then(() => steps.push("in-flight")));
    onShutdown("hook", () => steps.push("hook"));

    process.emit("SIGTERM", "SIGTERM");
    process.emit("SIGTERM", "SIGTERM");
    expect(isDraining()).toBe(true);
    work.resolve();
    await vi.waitFor(() => expect(nextHandler).toHaveBeenCalled());
    expect(steps).toEqual(["in-flight", "hook", "next SIGTERM"]);
    expect(nextHandler).toHaveBeenCalledTimes(1);
    expect(exit).not.toHaveBeenCalled(); // Next.js's handler exits once its server closed.
    log.mockRestore();
  });
});

describe("installSignalHandlers after a shutdown begun by other means", () => {
  const saved = { SIGTERM: process.listeners("SIGTERM"), SIGINT: process.listeners("SIGINT") };
  afterEach(() => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.removeAllListeners(signal);
      for (const listener of saved[signal]) process.on(signal, listener);
    }
  });

  it("still hands the signal to the earlier handlers, so the process exits", async () => {
    process.removeAllListeners("SIGTERM");
    const nextHandler = vi.fn();
    process.on("SIGTERM", nextHandler);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    installSignalHandlers(vi.fn());
    await shutdown(quiet);
    process.emit("SIGTERM", "SIGTERM");
    await vi.waitFor(() => expect(nextHandler).toHaveBeenCalledTimes(1));
    log.mockRestore();
  });
});
