import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/transactions?status=error&type=invoice", "/transactions?status=error&type=invoice"],
    ["/transactions/abc?q=1#x", "/transactions/abc?q=1#x"],
    [null, "/transactions"],
    ["https://evil.example/phish", "/transactions"],
    ["//evil.example/phish", "/transactions"],
    ["/\\evil.example", "/transactions"],
    ["javascript:alert(1)", "/transactions"],
    ["/sign-in?callbackUrl=/x", "/transactions"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});
