// @vitest-environment happy-dom
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { render } from "@/test/render";
import { linkQuery, serveStats } from "@/test/stats";
import { sampleStats } from "./stats.fixture";
import { KpiTiles } from "./kpi-tiles";

const fetchMock = serveStats();

const tile = (id: string) => document.querySelector<HTMLElement>(`[data-kpi="${id}"]`)!;
const params = (id: string) => linkQuery(within(tile(id)).getByRole("link").getAttribute("href"));
const range = { from: "2026-11-27T10:00:00.000Z", to: "2026-11-27T11:30:00.000Z" };

describe("KpiTiles", () => {
  it("asks the BFF for the URL's stats with the chosen bucket and the viewer's time zone", async () => {
    render(<KpiTiles />, { searchParams: "?range=today&type=invoice&tables=time&live=off" });
    await screen.findByRole("list", { name: "Key figures" });
    const url = new URL(String(fetchMock.mock.calls[0][0]), "http://x");
    expect(url.pathname).toBe("/api/stats");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      type: "invoice",
      range: "today",
      tz: expect.any(String),
      bucket: "hour",
      groupBy: "status",
    });
  });

  it("shows each figure and links it to exactly the rows it counts", async () => {
    render(<KpiTiles />, { searchParams: "?range=today&type=invoice" });
    await screen.findByRole("list", { name: "Key figures" });
    expect(tile("received").textContent).toContain("11");
    expect(params("received")).toEqual({ type: "invoice", ...range });
    expect(params("delivered")).toEqual({ status: "delivered", type: "invoice", ...range });
    expect(tile("inProgress").querySelector("[data-count]")!.getAttribute("data-count")).toBe("2");
    expect(params("inProgress").status).toBe("received,processing,sending");
    expect(params("error")).toMatchObject({ status: "error" });
    expect(params("overdue")).toEqual({ type: "invoice", overdue: "true", ...range });
    expect(tile("deliveryRate").textContent).toContain("54.5%");
    expect(tile("median").textContent).toContain("2 min 5 s");
  });

  it("links as of the instant the figures were counted at, when the stats say it", async () => {
    const asOf = "2026-11-27T11:29:58.123Z";
    fetchMock.mockImplementation(async () => Response.json({ ...sampleStats(), asOf }));
    render(<KpiTiles />, { searchParams: "?range=today&type=invoice" });
    await screen.findByRole("list", { name: "Key figures" });
    expect(params("received")).toEqual({ type: "invoice", ...range, asof: asOf });
    expect(params("error")).toMatchObject({ status: "error", asof: asOf });
    expect(params("overdue")).toMatchObject({ overdue: "true", asof: asOf });
  });

  it("keeps within the status filter: a figure the filter excludes is zero and no link", async () => {
    render(<KpiTiles />, { searchParams: "?status=error,sending" });
    await screen.findByRole("list", { name: "Key figures" });
    expect(within(tile("delivered")).queryByRole("link")).toBeNull();
    expect(tile("delivered").textContent).toContain("0");
    expect(params("inProgress").status).toBe("sending");
    expect(tile("inProgress").querySelector("[data-count]")!.getAttribute("data-count")).toBe("2");
  });

  it("with compare=previous, asks for the period of the same length just before and shows each figure's change", async () => {
    const earlier = sampleStats();
    earlier.totals = { ...earlier.totals, total: 8, byStatus: { ...earlier.totals.byStatus, error: 0 } };
    fetchMock.mockImplementation(async (url) => Response.json(String(url).includes("from=") ? earlier : sampleStats()));
    render(<KpiTiles />, { searchParams: "?range=today&type=invoice&compare=previous" });
    const list = await screen.findByRole("list", { name: "Key figures" });
    await vi.waitFor(() => expect(list.getAttribute("data-compare")).toBe("ready"));
    const asked = new URL(String(fetchMock.mock.calls.at(-1)![0]), "http://x");
    // 10:00–11:30 shown, so 08:30–10:00 before; same filters, same buckets.
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      type: "invoice",
      from: "2026-11-27T08:30:00.000Z",
      to: "2026-11-27T10:00:00.000Z",
      tz: expect.any(String),
      bucket: "hour",
      groupBy: "status",
    });
    const before = (id: string) => tile(id).querySelector("[data-before]")!;
    expect(before("received").textContent).toBe("Before: 8 · +3 (+37.5%)");
    expect(before("received").getAttribute("data-previous")).toBe("8");
    expect(before("error").textContent).toMatch(/^Before: 0 · \+\d+$/);
    expect(before("delivered").textContent).toMatch(/^Before: \d+ · ±0 \(±0%\)$/);
    expect(before("deliveryRate").textContent).toMatch(/^Before: [\d.]+% · [+\u2212]/);
    expect(tile("median").textContent).toContain("Before: 2 min 5 s");
  });

  it("keeps the figures when the comparison fails, and says so on each tile", async () => {
    fetchMock.mockImplementation(async (url) =>
      String(url).includes("from=")
        ? Response.json({ error: { message: "forbidden", code: "forbidden" } }, { status: 403 })
        : Response.json(sampleStats()),
    );
    render(<KpiTiles />, { searchParams: "?range=today&compare=previous" });
    const list = await screen.findByRole("list", { name: "Key figures" });
    await vi.waitFor(() => expect(list.getAttribute("data-compare")).toBe("error"));
    expect(list.getAttribute("aria-busy")).toBe("false");
    expect(tile("received").textContent).toContain("11");
    expect(tile("received").querySelector("[data-before]")!.textContent).toBe("Before: could not be loaded");
    expect(tile("received").querySelector("[data-previous]")).toBeNull();
  });
});
