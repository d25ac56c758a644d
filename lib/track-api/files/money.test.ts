import { describe, expect, it } from "vitest";
import { displayCents, formatCents, formatRate, netForGross, toCents, vatOf } from "./money";

describe("toCents", () => {
  it.each([
    [1234.56, 123456],
    [0.1 + 0.2, 30],
    [-250.4, -25040],
    [19.99, 1999],
    [-0.001, 0],
    [1e13, 1e15],
  ])("%s → %s", (amount, cents) => {
    expect(Object.is(toCents(amount), cents)).toBe(true);
  });

  it("refuses amounts that do not fit in safe integer cents", () => {
    expect(toCents(1e20)).toBeNull();
    expect(toCents(Number.NaN)).toBeNull();
  });
});

describe("vatOf", () => {
  it("rounds half away from zero", () => {
    expect(vatOf(2, 2500)).toBe(1); // 0.5
    expect(vatOf(-2, 2500)).toBe(-1);
    expect(vatOf(1, 2500)).toBe(0); // 0.25
    expect(vatOf(10_000, 2550)).toBe(2550);
    expect(vatOf(98_371, 2550)).toBe(25_085); // 25084.605
  });

  it("stays exact for amounts whose product would exceed 2^53", () => {
    const net = 8_000_000_000_000_003; // 8e15 + 3 cents
    expect(vatOf(net, 2550)).toBe(2_040_000_000_000_001); // 2.04e15 + 0.765 → +1
  });
});

describe("netForGross", () => {
  it("finds the net whose net + VAT is exactly the gross", () => {
    for (const gross of [1, 99, 123456, 99_999_999, 987_654_321_012]) {
      for (const rate of [2550, 1350, 1000, 2400, 1900]) {
        const net = netForGross(gross, rate);
        if (net !== null) expect(net + vatOf(net, rate)).toBe(gross);
      }
    }
    expect(netForGross(-123456, 2400)).toBe(-netForGross(123456, 2400)!);
  });

  it("returns null when rounding skips the gross", () => {
    // net 2 → 2 + 1 = 3; net 3 → 3 + 1 = 4 (0.75); net 1 → 1 + 0 = 1; so 2 cents cannot be reached at 25 %.
    expect(netForGross(2, 2500)).toBeNull();
  });
});

describe("formatting", () => {
  it("writes cents with two decimals and the requested separator", () => {
    expect(formatCents(123456)).toBe("1234.56");
    expect(formatCents(-5)).toBe("-0.05");
    expect(formatCents(700, ",")).toBe("7,00");
    expect(displayCents(-123456789)).toBe("-1 234 567.89");
    expect(formatRate(2550)).toBe("25.5");
    expect(formatRate(2400, ",")).toBe("24");
    expect(formatRate(1350, ",")).toBe("13,5");
  });
});
