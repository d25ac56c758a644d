import { describe, expect, it } from "vitest";
import { transactionsText } from "./total-text";

describe("transactionsText", () => {
  it("counts exact totals, singular and plural", () => {
    expect(transactionsText({ total: 1 })).toBe("1 transaction");
    expect(transactionsText({ total: 1234, totalRelation: "eq" })).toBe("1,234 transactions");
  });

  it("says a lower bound as one", () => {
    expect(transactionsText({ total: 10_000, totalRelation: "gte" })).toBe("More than 10,000 transactions");
  });
});
