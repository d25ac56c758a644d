// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { render } from "@/test/render";
import { ActiveFilterChips } from "./active-filter-chips";
import { urlSpy } from "./url-spy.fixture";

afterEach(cleanup);

describe("ActiveFilterChips", () => {
  it("renders nothing without filters (sort and cursor are not filters)", () => {
    render(<ActiveFilterChips />, { searchParams: "?sort=amount.asc&cursor=abc" });
    expect(screen.queryByRole("list", { name: "Active filters" })).toBeNull();
  });

  it("names every set filter with human labels, in the filter bar's order", () => {
    render(<ActiveFilterChips />, {
      searchParams: "?status=error,rejected&type=creditNote&in=as2&range=7d&overdue=true&partner=0037:1",
    });
    const chips = within(screen.getByRole("list", { name: "Active filters" })).getAllByRole("button");
    expect(chips.map((chip) => chip.getAttribute("aria-label") ?? chip.textContent)).toEqual([
      "Remove filter Status: Error, Rejected",
      "Remove filter Type: Credit note",
      "Remove filter In channel: AS2",
      "Remove filter Overdue: Yes",
      "Remove filter Partner: 0037:1",
      "Remove filter Received: Last 7 days",
      "Clear filters",
    ]);
  });

  it("removes one filter, keeping the rest and the sort, and starts over at the first page", async () => {
    const url = urlSpy();
    render(<ActiveFilterChips />, {
      searchParams: "?status=error&dir=inbound&sort=amount.asc&cursor=abc",
      onUrlUpdate: url.onUrlUpdate,
    });
    fireEvent.click(screen.getByRole("button", { name: "Remove filter Status: Error" }));
    expect((await url.last()).queryString).toBe("?dir=inbound&sort=amount.asc");
  });

  it("Clear filters keeps the sort and the view", async () => {
    const url = urlSpy();
    render(<ActiveFilterChips />, {
      searchParams: "?q=x&status=error&from=2026-11-01&sort=amount.asc&cols=status,amount",
      onUrlUpdate: url.onUrlUpdate,
    });
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect((await url.last()).queryString).toBe("?sort=amount.asc&cols=status,amount");
  });
});
