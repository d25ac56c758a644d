import { describe, expect, it } from "vitest";
import { createHashGate, defaultHashGateLimits, HashGateFull } from "./hash-gate";

/** A task that finishes when the test says so. */
function held() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { task: () => done, finish };
}

const limits = { concurrency: 2, maxWaiting: 2, retryAfterSeconds: 3 };

describe("hash gate", () => {
  it("runs up to its concurrency at once and queues the rest in order", async () => {
    const gate = createHashGate(limits);
    const tasks = [held(), held(), held()];
    const order: number[] = [];
    const runs = tasks.map((t, i) => gate.run(() => t.task().then(() => order.push(i))));
    expect(gate.load()).toEqual({ running: 2, waiting: 1 });
    tasks[1].finish();
    await runs[1];
    expect(gate.load()).toEqual({ running: 2, waiting: 0 });
    tasks[0].finish();
    tasks[2].finish();
    await Promise.all(runs);
    expect(order).toEqual([1, 0, 2]);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses at once with Retry-After when the lane is full, and frees the slot after a failed task", async () => {
    const gate = createHashGate(limits);
    const blockers = Array.from({ length: 4 }, held);
    const runs = blockers.map((b) => gate.run(b.task));
    const refused = gate.run(async () => "never");
    await expect(refused).rejects.toBeInstanceOf(HashGateFull);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 3 });

    for (const b of blockers) b.finish();
    await Promise.all(runs);
    await expect(gate.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it("serves the priority lane first and keeps room in it while strangers fill theirs", async () => {
    const gate = createHashGate(limits);
    const order: string[] = [];
    const blockers = [held(), held()];
    const running = blockers.map((b) => gate.run(b.task));
    const strangers = [0, 1].map((i) => gate.run(async () => void order.push(`stranger ${i}`)));
    await expect(gate.run(async () => "x")).rejects.toBeInstanceOf(HashGateFull);
    const known = gate.run(async () => void order.push("known"), true);

    // The first free slot goes to the known user, ahead of strangers who were waiting longer.
    blockers[0].finish();
    await known;
    expect(order[0]).toBe("known");
    blockers[1].finish();
    await Promise.all([...running, ...strangers]);
    expect(order).toEqual(["known", "stranger 0", "stranger 1"]);
  });

  it("hashes on half the cores, at least one and at most four", () => {
    expect([1, 2, 3, 8, 64].map((cores) => defaultHashGateLimits(cores).concurrency)).toEqual([1, 1, 1, 4, 4]);
  });
});
