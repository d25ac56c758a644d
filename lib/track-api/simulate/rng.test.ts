import { describe, expect, it } from "vitest";
import { Rng } from "./rng";

const draw = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.next());

describe("Rng", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    expect(draw(new Rng("acme"), 50)).toEqual(draw(new Rng("acme"), 50));
    expect(draw(new Rng(42), 50)).toEqual(draw(new Rng("42"), 50));
    expect(draw(new Rng("acme"), 50)).not.toEqual(draw(new Rng("acmf"), 50));
  });

  it("keeps floats in [0, 1) and integers inside inclusive bounds, reaching both ends", () => {
    const rng = new Rng(1);
    const ints = new Set<number>();
    for (let i = 0; i < 5_000; i++) {
      const f = rng.next();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      ints.add(rng.int(3, 7));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it("draws weighted values in proportion to their weights", () => {
    const rng = new Rng(2);
    let a = 0;
    for (let i = 0; i < 20_000; i++)
      if (
        rng.weighted([
          ["a", 3],
          ["b", 1],
        ] as const) === "a"
      )
        a++;
    expect(a / 20_000).toBeGreaterThan(0.73);
    expect(a / 20_000).toBeLessThan(0.77);
    expect(() => rng.weighted([["x", 0]])).toThrow();
  });

  it("centres log-normal draws on the median and chance() on p", () => {
    const rng = new Rng(3);
    const xs = Array.from({ length: 10_001 }, () => rng.lognormal(100, 0.8)).sort((x, y) => x - y);
    expect(xs[5_000]).toBeGreaterThan(95);
    expect(xs[5_000]).toBeLessThan(105);
    expect(xs[0]).toBeGreaterThan(0);
    const hits = Array.from({ length: 20_000 }, () => rng.chance(0.1)).filter(Boolean).length;
    expect(hits / 20_000).toBeCloseTo(0.1, 1);
  });

  it("makes unique UUID-shaped ids", () => {
    const rng = new Rng(4);
    const ids = Array.from({ length: 10_000 }, () => rng.uuid());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("forks a child whose sequence does not depend on later parent draws", () => {
    const a = new Rng(5);
    const b = new Rng(5);
    const childA = a.fork("x");
    const childB = b.fork("x");
    draw(a, 10);
    expect(draw(childA, 20)).toEqual(draw(childB, 20));
    expect(draw(new Rng(5).fork("y"), 20)).not.toEqual(draw(new Rng(5).fork("x"), 20));
  });
});
