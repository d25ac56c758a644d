// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { urlSpy } from "@/components/filters/url-spy.fixture";
import { render } from "@/test/render";
import { linkQuery, serveStats } from "@/test/stats";
import { sampleStats } from "./stats.fixture";
import { StatusOverTimeChart } from "./status-over-time-chart";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }));
const fetchMock = serveStats();

describe("StatusOverTimeChart", () => {
  it("as a table, links every count to its status and hour", async () => {
    render(<StatusOverTimeChart />, { searchParams: "?range=today&type=invoice&tables=time" });
    const table = await screen.findByRole("table", { name: "Transactions per time bucket and status" });
    const error = within(table).getAllByRole("link", { name: /^Error, .*: 2 transactions$/ })[0];
    expect(error.getAttribute("data-count")).toBe("2");
    expect(linkQuery(error.getAttribute("href"))).toEqual({
      status: "error",
      type: "invoice",
      from: "2026-11-27T10:00:00.000Z",
      to: "2026-11-27T11:00:00.000Z",
    });
    // The second bucket is clipped at the range's end, and its total keeps the page's filters only.
    const total = within(table).getByRole("link", { name: /: 4 transactions$/ });
    expect(linkQuery(total.getAttribute("href"))).toEqual({
      type: "invoice",
      from: "2026-11-27T11:00:00.000Z",
      to: "2026-11-27T11:30:00.000Z",
    });
    // Zero is shown, not linked.
    expect(
      within(table)
        .getAllByText("0")
        .every((cell) => cell.tagName !== "A"),
    ).toBe(true);
  });

  it("has a legend of status totals, each a link, and a text alternative", async () => {
    render(<StatusOverTimeChart />, { searchParams: "?range=today" });
    const legend = await screen.findByRole("list", { name: "Statuses" });
    const error = within(legend).getByRole("link", { name: "Error 3 transactions" });
    expect(linkQuery(error.getAttribute("href"))).toEqual({
      status: "error",
      from: "2026-11-27T10:00:00.000Z",
      to: "2026-11-27T11:30:00.000Z",
    });
    expect(within(legend).getAllByRole("link")).toHaveLength(6);
    const figure = screen.getByRole("figure", { name: "Status over time" });
    expect(figure.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(figure.getAttribute("aria-describedby")!)!.textContent).toMatch(
      /^11 transactions by hour over 2 hours; busiest .* with 7; 3 transactions in error\.$/,
    );
  });

  it("switches between chart and table through the URL", async () => {
    const url = urlSpy();
    render(<StatusOverTimeChart />, { searchParams: "?range=today&tables=status", onUrlUpdate: url.onUrlUpdate });
    const toggle = await screen.findByRole("button", { name: "Show as table" });
    fireEvent.click(toggle);
    expect((await url.last()).searchParams.get("tables")).toBe("time,status");
    expect(await screen.findByRole("table")).toBeTruthy();
    // The button now offers the way back.
    fireEvent.click(screen.getByRole("button", { name: "Show as chart" }));
    expect((await url.last()).searchParams.get("tables")).toBe("status");
    expect(screen.getByRole("button", { name: "Show as table" })).toBeTruthy();
  });

  it("says so when the range has no transactions, and when the stats fail", async () => {
    fetchMock.mockImplementationOnce(async () =>
      Response.json(sampleStats({ totals: { total: 0, overdue: 0, byStatus: {} } })),
    );
    render(<StatusOverTimeChart />);
    expect(await screen.findByText("No transactions in this range.")).toBeTruthy();
    cleanup();
    fetchMock.mockImplementationOnce(async () =>
      Response.json({ error: { code: "upstream", message: "down" } }, { status: 502 }),
    );
    render(<StatusOverTimeChart />);
    expect((await screen.findByRole("alert")).textContent).toBe("This chart could not be loaded.");
  });

  it("with compare=previous, adds the previous period's totals per bucket to the table, the legend and the summary", async () => {
    fetchMock.mockImplementation(async (url) =>
      Response.json(
        String(url).includes("from=")
          ? sampleStats({
              from: "2026-11-27T08:30:00.000Z",
              to: "2026-11-27T10:00:00.000Z",
              totals: { total: 9, overdue: 0, byStatus: { delivered: 9 } },
              series: [
                { start: "2026-11-27T08:30:00.000Z", end: "2026-11-27T09:00:00.000Z", counts: {}, total: 3 },
                { start: "2026-11-27T09:00:00.000Z", end: "2026-11-27T10:00:00.000Z", counts: {}, total: 6 },
              ],
            })
          : sampleStats(),
      ),
    );
    render(<StatusOverTimeChart />, { searchParams: "?range=today&tables=time&compare=previous" });
    const table = await screen.findByRole("table", { name: "Transactions per time bucket and status" });
    await within(table).findByRole("columnheader", { name: "Previous period" });
    // Bucket by bucket: the first bucket of each period side by side.
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell").at(-1)!.textContent)).toEqual(["3", "6"]);
    const legend = document.querySelector("[data-previous-legend]")!;
    expect(legend.textContent).toContain("Previous period9");
    expect(legend.getAttribute("title")).toMatch(/^The same length immediately before: /);
    const figure = screen.getByRole("figure", { name: "Status over time" });
    expect(document.getElementById(figure.getAttribute("aria-describedby")!)!.textContent).toMatch(
      /The previous period had 9 transactions\.$/,
    );
  });
});
