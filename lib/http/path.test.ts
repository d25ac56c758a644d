import { describe, expect, it } from "vitest";
import { isApiPath, isDecodablePath } from "./path";

describe("isDecodablePath", () => {
  it.each(["/", "/transactions", "/transactions/abc%20def", "/api/transactions/%C3%A9", "/transactions/%2F", "/a%25b"])(
    "accepts %s",
    (path) => {
      expect(isDecodablePath(path)).toBe(true);
    },
  );

  it.each([
    "/track/api/transactions/%ZZ",
    "/track/api/transactions/%C0%AF",
    "/api/transactions/%ZZ",
    "/transactions/%E0%A4%A",
    "/%",
    "/a/%G0/b",
    "/%ED%A0%80",
  ])("refuses %s", (path) => {
    expect(isDecodablePath(path)).toBe(false);
  });
});

describe("isApiPath", () => {
  it.each<[string, boolean]>([
    ["/api/transactions", true],
    ["/auth/token", true],
    ["/track/api/docs", true],
    ["/api", true],
    ["/transactions", false],
    ["/apis", false],
    ["/sign-in", false],
  ])("%s → %s", (path, expected) => {
    expect(isApiPath(path)).toBe(expected);
  });
});
