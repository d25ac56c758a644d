import { describe, expect, it } from "vitest";
import { namesOnly } from "./filter-keys";

describe("namesOnly", () => {
  const keys = new Set(["status", "receivedFrom"]);

  it("holds for the keys given, keys without a value and an empty exclusion", () => {
    expect(namesOnly({ status: ["error"], receivedFrom: "2026-11-01T00:00:00.000Z" }, keys)).toBe(true);
    expect(namesOnly({ status: ["error"], q: undefined, not: {} }, keys)).toBe(true);
  });

  it("fails for any other key, and for an exclusion of a field not excludable here", () => {
    expect(namesOnly({ status: ["error"], documentType: ["invoice"] }, keys)).toBe(false);
    expect(namesOnly({ not: { status: ["error"] } }, keys)).toBe(false);
    expect(namesOnly({ not: { status: ["error"] } }, keys, (key) => key === "status")).toBe(true);
    expect(namesOnly({ not: { format: ["pdf"] } }, keys, (key) => key === "status")).toBe(false);
  });
});
