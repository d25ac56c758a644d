// @vitest-environment happy-dom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { render } from "@/test/render";
import { linkQuery, serveStats } from "@/test/stats";
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

  it("keeps within the status filter: a figure the filter excludes is zero and no link", async () => {
    render(<KpiTiles />, { searchParams: "?status=error,sending" });
    await screen.findByRole("list", { name: "Key figures" });
    expect(within(tile("delivered")).queryByRole("link")).toBeNull();
    expect(tile("delivered").textContent).toContain("0");
    expect(params("inProgress").status).toBe("sending");
    expect(tile("inProgress").querySelector("[data-count]")!.getAttribute("data-count")).toBe("2");
  });
});
