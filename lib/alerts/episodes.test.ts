import { describe, expect, it } from "vitest";
import { nextStep, type EpisodeState } from "./episodes";

const T = Date.parse("2026-06-15T10:00:00Z");
const MIN = 60_000;
const ok: EpisodeState = { state: "ok", mutedUntil: null, notified: [] };

/** Runs evaluations with the given breaches, a minute apart, and returns each step. */
function run(breaches: boolean[], start: EpisodeState = ok, max = 6) {
  let state = start;
  return breaches.map((breached, i) => {
    const step = nextStep(state, breached, T + i * MIN, max);
    state = { ...state, state: step.state, notified: step.notified };
    return step;
  });
}

describe("nextStep", () => {
  it("fires once per episode and resolves when the condition clears", () => {
    const steps = run([false, true, true, true, false, false]);
    expect(steps.map((s) => s.transition)).toEqual([null, "fired", null, null, "resolved", null]);
    expect(steps.map((s) => s.notify)).toEqual([false, true, false, false, true, false]);
    expect(steps.at(-1)?.state).toBe("ok");
  });

  it("a muted rule keeps its episodes but tells nobody, and tells again once the mute ends", () => {
    const muted = { ...ok, mutedUntil: T + 2 * MIN };
    const steps = run([true, false, true], muted);
    expect(steps.map((s) => s.transition)).toEqual(["fired", "resolved", "fired"]);
    expect(steps.map((s) => s.notify)).toEqual([false, false, true]);
  });

  it("tells at most the hourly limit, counting the last hour only", () => {
    const flapping = Array.from({ length: 10 }, (_, i) => i % 2 === 0);
    const steps = run(flapping, ok, 3);
    expect(steps.filter((s) => s.notify)).toHaveLength(3);
    expect(steps.every((s) => s.transition !== null)).toBe(true);
    // An hour after the first notification, the rule may tell again; the third one (at +2 min) still counts.
    const later = nextStep({ state: "ok", mutedUntil: null, notified: steps.at(-1)!.notified }, true, T + 61 * MIN, 3);
    expect(later.notify).toBe(true);
    expect(later.notified).toEqual([T + 2 * MIN, T + 61 * MIN]);
  });
});
