// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ComputedNote } from "./computed-note";

afterEach(cleanup);

describe("ComputedNote", () => {
  it("says the numbers are computed from searches, and what was sampled", () => {
    render(<ComputedNote computed={{ searches: 181, sample: { rows: 2000, of: 12345 } }} />);
    const note = screen.getByRole("note").textContent;
    expect(note).toContain("has no statistics endpoint");
    expect(note).toContain("computed from 181 searches");
    expect(note).toMatch(/newest 2,000 of 12,345 transactions/);
  });

  it("says all transactions were counted when the sample is all of them", () => {
    render(<ComputedNote computed={{ searches: 50, sample: { rows: 40, of: 40 } }} />);
    expect(screen.getByRole("note").textContent).toContain("count all 40 transactions");
  });
});
