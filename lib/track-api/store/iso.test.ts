import { describe, expect, it } from "vitest";
import { isoInstant } from "./iso";

describe("isoInstant", () => {
  it("writes what Date#toISOString writes", () => {
    const edges = [
      0,
      1,
      999,
      1_000,
      59_999,
      3_599_999,
      86_399_999,
      86_400_000,
      Date.parse("2024-02-29T23:59:59.999Z"),
      Date.parse("2026-11-27T10:03:00Z"),
      253_402_300_799_999,
    ];
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) * 253_402_300_800_000;
    const samples = [...edges, ...Array.from({ length: 20_000 }, () => Math.floor(random()))];
    for (const ms of samples) expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
  });

  it("falls back to Date outside 1970–9999 and for fractions of a millisecond", () => {
    for (const ms of [-1, -86_400_001, 253_402_300_800_000, 1.5])
      expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
  });
});
