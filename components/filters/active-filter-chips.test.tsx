// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { render } from "@/test/render";
import { ActiveFilterChips } from "./active-filter-chips";
import { timeLabel } from "./filter-labels";
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

  it("shows a list's asof as the instant in the viewer's zone, to the second, and removes it", async () => {
    const url = urlSpy();
    const asOf = "2026-11-27T12:03:05.123Z";
    render(<ActiveFilterChips />, { searchParams: `?status=error&asof=${asOf}`, onUrlUpdate: url.onUrlUpdate });
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(timeLabel(asOf, zone)).toMatch(/:03:05$/);
    const chip = screen.getByRole("button", { name: `Remove filter As of: ${timeLabel(asOf, zone)}` });
    fireEvent.click(chip);
    const { searchParams } = await url.last();
    expect(searchParams.get("asof")).toBeNull();
    expect(searchParams.get("status")).toBe("error");
  });

  it('says "not" for excluded values of an enumerated field, and only there', () => {
    render(<ActiveFilterChips />, { searchParams: "?status=!delivered,error&error=!VALIDATION_ERROR&profile=!odd" });
    const chips = within(screen.getByRole("list", { name: "Active filters" })).getAllByRole("button");
    expect(chips.map((chip) => chip.getAttribute("aria-label") ?? chip.textContent)).toEqual([
      "Remove filter Status: not Delivered, Error",
      "Remove filter Profile: !odd",
      "Remove filter Error type: not Validation error",
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

  it("shows the ends of a time range as dates and local times, not as the URL's ISO instants", () => {
    render(<ActiveFilterChips />, {
      searchParams: "?from=2026-11-30T04:17:15.223Z&to=2026-12-01&ufrom=2026-11-20T08:00:00Z",
    });
    const names = within(screen.getByRole("list", { name: "Active filters" }))
      .getAllByRole("button")
      .map((chip) => chip.getAttribute("aria-label"));
    expect(names).toContain("Remove filter Received to: 1 Dec 2026");
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(names).toContain(`Remove filter Received from: ${timeLabel("2026-11-30T04:17:15.223Z", zone)}`);
    expect(names).toContain(`Remove filter Updated from: ${timeLabel("2026-11-20T08:00:00Z", zone)}`);
    expect(names.join()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe("timeLabel", () => {
  it.each([
    ["2026-11-01", "UTC", "1 Nov 2026"],
    ["2026-11-01", "Pacific/Auckland", "1 Nov 2026"],
    ["2026-11-30T04:17:15.223Z", "Europe/Helsinki", "30 Nov 2026, 06:17:15"],
    ["2026-11-20T08:00:00Z", "Europe/Helsinki", "20 Nov 2026, 10:00"],
    ["2026-11-20T08:00:00Z", "America/New_York", "20 Nov 2026, 03:00"],
    ["yesterday", "UTC", "yesterday"],
  ])("%s in %s is %s", (value, zone, expected) => {
    expect(timeLabel(value, zone)).toBe(expected);
  });
});
