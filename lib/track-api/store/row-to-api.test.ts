import { describe, expect, it } from "vitest";
import { rowFromValues, TRANSACTION_COLUMNS } from "./row-to-api";

describe("rowFromValues", () => {
  it("names every value by its column in TRANSACTION_COLUMNS order", () => {
    // Each column's value is its own name, so a value under the wrong key shows.
    const row = rowFromValues(TRANSACTION_COLUMNS);
    expect(Object.keys(row)).toEqual([...TRANSACTION_COLUMNS]);
    for (const column of TRANSACTION_COLUMNS) expect(row[column]).toBe(column);
  });
});
