import { describe, expect, it } from "vitest";
import { checkRule, ruleQuery } from "./validate";

const ALL = ["track", "report"];
const base = {
  name: "Errors of Acme",
  type: "count",
  query: "status=error",
  params: { windowMinutes: 15, threshold: 0 },
};

describe("checkRule", () => {
  it("accepts a rule and keeps only its type's parameters", () => {
    const checked = checkRule({ ...base, params: { ...base.params, fraction: 0.5 } }, ALL);
    expect(checked).toEqual({
      ok: true,
      value: {
        name: "Errors of Acme",
        type: "count",
        query: "status=error",
        params: { windowMinutes: 15, threshold: 0, direction: "above" },
        timeZone: "UTC",
      },
    });
  });

  it.each([
    [{ ...base, name: " " }, "name"],
    [{ ...base, type: "sometimes" }, "type"],
    [{ ...base, params: { windowMinutes: 0, threshold: 1 } }, "params.windowMinutes"],
    [{ ...base, params: { windowMinutes: 2000, threshold: 1 } }, "params.windowMinutes"],
    [{ ...base, params: { windowMinutes: 15, threshold: -1 } }, "params.threshold"],
    [{ ...base, params: { windowMinutes: 15, threshold: 1.5 } }, "params.threshold"],
    [{ ...base, params: { windowMinutes: 15 } }, "params.threshold"],
    [{ ...base, params: { windowMinutes: 15, threshold: 1, direction: "sideways" } }, "params.direction"],
    [{ ...base, type: "volume", params: { fraction: 2 } }, "params.fraction"],
    [{ ...base, query: "status=lost" }, "query"],
    [{ ...base, timeZone: "Mars/Olympus" }, "timeZone"],
  ])("names the field of a bad value (%#)", (body, field) => {
    const checked = checkRule(body, ALL);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.field).toBe(field);
  });

  it("refuses expected volume to an owner without the report role, naming type", () => {
    const checked = checkRule({ ...base, type: "volume", params: { fraction: 0.5 } }, ["track"]);
    expect(checked).toMatchObject({ ok: false, field: "type" });
  });

  it("fills what an edit leaves out from the rule as it is", () => {
    const current = checkRule(base, ALL);
    if (!current.ok) throw new Error("base rule refused");
    const edited = checkRule({ params: { threshold: 4 } }, ALL, current.value);
    expect(edited).toMatchObject({
      ok: true,
      value: { name: "Errors of Acme", params: { windowMinutes: 15, threshold: 4 } },
    });
  });
});

describe("ruleQuery", () => {
  it("drops the range, sort and page, keeps the filter, and reads former parameter names", () => {
    expect(ruleQuery("?status=error&range=7d&sort=receivedAt.asc&cols=status&partner=Acme")).toEqual({
      ok: true,
      value: "status=error&partner=Acme",
    });
    expect(ruleQuery("from=2026-01-01&to=2026-01-02&type=invoice")).toEqual({ ok: true, value: "type=invoice" });
  });

  it("names the URL parameter of a bad filter", () => {
    const checked = ruleQuery("status=lost");
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toContain("status");
  });
});
