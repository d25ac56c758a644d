import { afterEach, describe, expect, it } from "vitest";
import { DeliveryLoop } from "./loop";

/** A piece of work held until the test lets it finish. */
function heldWork() {
  const releases: (() => void)[] = [];
  let runs = 0;
  const work = () =>
    new Promise<void>((resolve) => {
      runs++;
      releases.push(resolve);
    });
  return { work, runs: () => runs, finish: () => releases.shift()?.() };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the delivery loop", () => {
  let loop: DeliveryLoop | undefined;
  afterEach(async () => {
    const stopping = loop?.stop();
    loop = undefined;
    await stopping;
  });

  it("runs at start, and once more after a run when nudged during it, never two at a time", async () => {
    const held = heldWork();
    loop = new DeliveryLoop(held.work, 600_000);
    loop.start();
    expect(held.runs()).toBe(1);
    loop.nudge();
    loop.nudge();
    expect(held.runs()).toBe(1);
    held.finish();
    await settle();
    expect(held.runs()).toBe(2);
    held.finish();
    await settle();
    expect(held.runs()).toBe(2); // the next run waits for the interval or a nudge
    loop.nudge();
    expect(held.runs()).toBe(3);
    held.finish();
  });

  it("runs again after its interval, keeps going after a failed run, and stops when told", async () => {
    let runs = 0;
    const errors: unknown[] = [];
    const third = new Promise<void>((resolve) => {
      loop = new DeliveryLoop(
        async () => {
          if (++runs === 3) resolve();
          if (runs === 1) throw new Error("database away");
        },
        5,
        (error) => errors.push(error),
      );
    });
    loop!.start();
    await third;
    expect(errors).toEqual([new Error("database away")]);
    await loop!.stop();
    const stoppedAt = runs;
    loop!.nudge();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(runs).toBe(stoppedAt);
  });
});
