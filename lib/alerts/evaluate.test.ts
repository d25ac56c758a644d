import { describe, expect, it } from "vitest";
import { baselineAverage, evaluateRule } from "./evaluate";

describe("evaluateRule", () => {
  it("count: fires above the threshold, not at it", () => {
    const params = { windowMinutes: 15, threshold: 5, direction: "above" as const };
    expect(evaluateRule("count", params, { type: "count", count: 6 })).toMatchObject({ breached: true, value: 6 });
    expect(evaluateRule("count", params, { type: "count", count: 5 }).breached).toBe(false);
    expect(evaluateRule("count", params, { type: "count", count: 6 }).summary).toBe(
      "6 matching transactions in the last 15 minutes (above 5)",
    );
  });

  it("count: below fires under the threshold", () => {
    const params = { windowMinutes: 60, threshold: 3, direction: "below" as const };
    expect(evaluateRule("count", params, { type: "count", count: 2 }).breached).toBe(true);
    expect(evaluateRule("count", params, { type: "count", count: 3 }).breached).toBe(false);
  });

  it("new: fires on any new match", () => {
    expect(evaluateRule("new", {}, { type: "count", count: 1 })).toMatchObject({
      breached: true,
      summary: "1 new matching transaction since the last check",
    });
    expect(evaluateRule("new", {}, { type: "count", count: 0 }).breached).toBe(false);
  });

  it("overdue: fires above the threshold", () => {
    expect(evaluateRule("overdue", { threshold: 2 }, { type: "count", count: 3 }).breached).toBe(true);
    expect(evaluateRule("overdue", { threshold: 2 }, { type: "count", count: 2 }).breached).toBe(false);
  });

  it("lag: fires above the minutes; an unknown lag does not fire", () => {
    expect(evaluateRule("lag", { lagMinutes: 10 }, { type: "lag", lagSeconds: 601 })).toMatchObject({
      breached: true,
      value: 10,
    });
    expect(evaluateRule("lag", { lagMinutes: 10 }, { type: "lag", lagSeconds: 600 }).breached).toBe(false);
    expect(evaluateRule("lag", { lagMinutes: 10 }, { type: "lag", lagSeconds: null }).breached).toBe(false);
  });

  it("volume: fires below the fraction of the baseline average", () => {
    const baseline = [40, 36, 44, 40];
    expect(baselineAverage(baseline)).toBe(40);
    const silent = evaluateRule("volume", { fraction: 0.5 }, { type: "volume", today: 0, baseline });
    expect(silent).toMatchObject({ breached: true, value: 0, threshold: 20 });
    expect(silent.summary).toContain("expected at least 20");
    expect(evaluateRule("volume", { fraction: 0.5 }, { type: "volume", today: 20, baseline }).breached).toBe(false);
    expect(evaluateRule("volume", { fraction: 0.5 }, { type: "volume", today: 19, baseline }).breached).toBe(true);
  });

  it("volume: a baseline of nothing never fires", () => {
    expect(evaluateRule("volume", { fraction: 1 }, { type: "volume", today: 0, baseline: [0, 0, 0, 0] }).breached).toBe(
      false,
    );
  });

  it("refuses a measurement of another type", () => {
    expect(() => evaluateRule("volume", {}, { type: "count", count: 1 })).toThrow();
  });
});
