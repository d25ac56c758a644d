import { describe, expect, it } from "vitest";
import { clientAddress, createLoginThrottle } from "./throttle";

const T0 = 1_000_000_000_000;
const limits = { perUser: 3, perAddress: 5, windowMs: 60_000 };

describe("login throttle", () => {
  it("blocks a user name after its limit, for the time until the oldest failure leaves the window", () => {
    const throttle = createLoginThrottle(limits);
    throttle.recordFailure("a@x.test", "1.1.1.1", T0);
    throttle.recordFailure("A@X.test", "1.1.1.1", T0 + 10_000);
    expect(throttle.retryAfter("a@x.test", "1.1.1.1", T0 + 10_000)).toBe(0);
    throttle.recordFailure("a@x.test", "1.1.1.1", T0 + 20_000);
    expect(throttle.retryAfter("a@x.test", "1.1.1.1", T0 + 20_000)).toBe(40);
    expect(throttle.retryAfter("b@x.test", "1.1.1.1", T0 + 20_000)).toBe(0);
    // Sliding window: once the first failure is a minute old, one more try is allowed.
    expect(throttle.retryAfter("a@x.test", "1.1.1.1", T0 + 60_001)).toBe(0);
  });

  it("blocks an address spraying many user names, at the higher address limit", () => {
    const throttle = createLoginThrottle(limits);
    for (let i = 0; i < 5; i++) throttle.recordFailure(`user${i}@x.test`, "2.2.2.2", T0 + i);
    expect(throttle.retryAfter("fresh@x.test", "2.2.2.2", T0 + 10)).toBeGreaterThan(0);
    expect(throttle.retryAfter(null, "2.2.2.2", T0 + 10)).toBeGreaterThan(0);
    expect(throttle.retryAfter("fresh@x.test", "3.3.3.3", T0 + 10)).toBe(0);
  });

  it("counts an attempt before it is checked, and withdraws it on success", () => {
    const throttle = createLoginThrottle(limits);
    // Three parallel guesses all begin before any finishes: the fourth is already blocked.
    for (let i = 0; i < 3; i++) throttle.beginAttempt("a@x.test", "1.1.1.1", T0);
    expect(throttle.retryAfter("a@x.test", "1.1.1.1", T0)).toBeGreaterThan(0);

    const other = createLoginThrottle(limits);
    other.recordFailure("a@x.test", "1.1.1.1", T0);
    other.recordFailure("a@x.test", "1.1.1.1", T0);
    other.beginAttempt("a@x.test", "1.1.1.1", T0 + 1).succeeded();
    for (let i = 0; i < 2; i++) other.recordFailure("a@x.test", "1.1.1.1", T0 + 2);
    expect(other.retryAfter("a@x.test", "1.1.1.1", T0 + 2)).toBe(0);
    // The successful attempt is not left on the address count: 2 + 2 failures, limit 5.
    other.recordFailure("z@x.test", "1.1.1.1", T0 + 3);
    expect(other.retryAfter(null, "1.1.1.1", T0 + 3)).toBeGreaterThan(0);
    other.reset();
    expect(other.retryAfter(null, "1.1.1.1", T0 + 3)).toBe(0);
  });
});

describe("clientAddress", () => {
  it.each([
    ["203.0.113.9, 10.0.0.7", "10.0.0.7"],
    ["10.0.0.7", "10.0.0.7"],
    [null, "unknown"],
    ["", "unknown"],
  ])("x-forwarded-for %j → %s", (header, expected) => {
    const headers: Record<string, string> = header === null ? {} : { "x-forwarded-for": header };
    expect(clientAddress(new Request("http://x/", { headers }))).toBe(expected);
  });
});
