import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expectNoSeriousA11yFindings } from "./axe";
import { bearer, expect, httpErrorLine, signIn, test, tokenFor } from "./fixtures";

const timeChart = (page: Page) => page.locator('section[data-chart="time"]');
const keyFigures = (page: Page) => page.getByRole("list", { name: "Key figures" });
const received = (page: Page) => page.locator('[data-kpi="received"] a');
/** The page's URL parameters, in any order. */
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

/** The Track API's total for a filter, asked directly (not through the dashboard). */
async function apiTotal(api: APIRequestContext, filter: Record<string, unknown>): Promise<number> {
  const response = await api.post("/track/api/transactions", {
    headers: bearer(await tokenFor(api)),
    data: { filter, page: { size: 1 } },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).total;
}

/** The overview's figures once they and the comparison (when on) show the current result. */
async function settled(page: Page) {
  await expect(keyFigures(page)).toHaveAttribute("aria-busy", "false");
  await expect(received(page)).toHaveAttribute("data-count", /^\d+$/);
}

/** Two columns of the chart with a bar each, `gap` columns apart (the first and a later one). */
async function twoColumns(page: Page, gap: number): Promise<[Locator, Locator]> {
  const points = timeChart(page).locator("a[data-point]");
  await expect(points.first()).toBeAttached();
  const cols = [...new Set(await points.evaluateAll((as) => as.map((a) => Number(a.getAttribute("data-col")))))];
  cols.sort((a, b) => a - b);
  const last = cols.find((c) => c >= cols[0] + gap);
  expect(last, "the chart has bars in two columns far enough apart").toBeDefined();
  return [
    points.and(page.locator(`[data-col="${cols[0]}"]`)).first(),
    points.and(page.locator(`[data-col="${last}"]`)).first(),
  ];
}

const center = async (point: Locator) => {
  const box = (await point.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

test(
  "dragging across the chart zooms the range to those buckets; the tiles count them; Back returns",
  { tag: "@calendar" },
  async ({ page, api }) => {
    await signIn(page, "/?range=7d&live=off");
    await settled(page);
    const [first, last] = await twoColumns(page, 2);
    const from = (await first.getAttribute("data-start"))!;
    const to = (await last.getAttribute("data-end"))!;

    await first.scrollIntoViewIfNeeded();
    const a = await center(first);
    const b = await center(last);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(b.x, b.y, { steps: 8 });
    // While dragging, the span is shaded.
    await expect(timeChart(page).locator("[data-zoom-selection]")).toBeVisible();
    await page.mouse.up();

    await expect.poll(() => params(page)).toEqual({ from, to, live: "off" });
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(timeChart(page).locator("[data-zoom-selection]")).toHaveCount(0);
    await settled(page);
    const total = Number(await received(page).getAttribute("data-count"));
    expect(total).toBe(await apiTotal(api, { receivedFrom: from, receivedTo: to }));
    expect(total).toBeGreaterThan(0);
    // The chart now shows just that span: its first bar starts at or after from, its last ends at or before to.
    const starts = await timeChart(page)
      .locator("a[data-point]")
      .evaluateAll((as) => as.map((el) => [el.getAttribute("data-start")!, el.getAttribute("data-end")!]));
    expect(starts.length).toBeGreaterThan(0);
    for (const [start, end] of starts) {
      expect(Date.parse(start)).toBeGreaterThanOrEqual(Date.parse(from));
      expect(Date.parse(end)).toBeLessThanOrEqual(Date.parse(to));
    }

    await page.goBack();
    await expect.poll(() => params(page)).toEqual({ range: "7d", live: "off" });
    await expect(page.getByRole("group", { name: "Range" }).getByRole("button", { name: "7 days" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await settled(page);
  },
);

test(
  "Z on a focused column zooms into its bucket, and Reset range goes back to the default range",
  { tag: "@calendar" },
  async ({ page }) => {
    await signIn(page, "/?range=7d&live=off");
    await settled(page);
    const [, point] = await twoColumns(page, 1);
    const from = (await point.getAttribute("data-start"))!;
    const to = (await point.getAttribute("data-end"))!;
    await expect(point).toHaveAttribute("aria-keyshortcuts", "z");
    await point.focus();
    await page.keyboard.press("z");
    await expect.poll(() => params(page)).toEqual({ from, to, live: "off" });
    // A day is shown by hour.
    await expect(page.getByText(/ · by hour/)).toBeVisible();

    await page.getByRole("button", { name: "Reset range" }).click();
    await expect.poll(() => params(page)).toEqual({ live: "off" });
    await expect(page.getByRole("button", { name: "Reset range" })).toHaveCount(0);
  },
);

/** A tile link's list filter in the Track API's terms, for another time span. */
function tileFilter(href: string, span: { from: string; to: string }): Record<string, unknown> {
  const params = new URL(href, "http://x").searchParams;
  const filter: Record<string, unknown> = { receivedFrom: span.from, receivedTo: span.to };
  for (const [key, value] of params) {
    if (key === "status") filter.status = value.split(",");
    else if (key === "overdue") filter.overdue = value === "true";
    // The instant the tile was counted at: the previous period's number was counted no earlier.
    else if (key === "asof") filter.asOf = value;
    else expect(["from", "to"], `a tile link uses the parameter ${key}`).toContain(key);
  }
  return filter;
}

test(
  "compare: each tile shows its number in the period of the same length just before, as the Track API counts it",
  { tag: "@calendar" },
  async ({ page, api }) => {
    test.setTimeout(120_000);
    await signIn(page, "/?range=7d&live=off");
    await settled(page);
    await page.getByRole("button", { name: "Compare with previous period" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("compare")).toBe("previous");
    await expect(page.getByRole("button", { name: "Compare with previous period" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(keyFigures(page)).toHaveAttribute("data-compare", "ready");
    await settled(page);

    const current = new URL((await received(page).getAttribute("href"))!, "http://x").searchParams;
    const previous = {
      from: (await keyFigures(page).getAttribute("data-previous-from"))!,
      to: (await keyFigures(page).getAttribute("data-previous-to"))!,
    };
    // The same length, immediately before.
    expect(previous.to).toBe(current.get("from"));
    expect(Date.parse(previous.to) - Date.parse(previous.from)).toBe(
      Date.parse(current.get("to")!) - Date.parse(current.get("from")!),
    );

    const tiles = await keyFigures(page)
      .locator("li:has([data-previous])")
      .evaluateAll((lis) =>
        lis.map((li) => ({
          id: li.getAttribute("data-kpi")!,
          href: li.querySelector("a")?.getAttribute("href") ?? null,
          count: Number(li.querySelector("[data-count]")?.getAttribute("data-count")),
          previous: Number(li.querySelector("[data-previous]")!.getAttribute("data-previous")),
          text: li.querySelector("[data-previous]")!.textContent!,
        })),
      );
    expect(tiles.map((t) => t.id)).toEqual(["received", "delivered", "inProgress", "error", "rejected", "overdue"]);
    for (const tile of tiles) {
      expect(tile.href, tile.id).not.toBeNull();
      expect(tile.previous, tile.id).toBe(await apiTotal(api, tileFilter(tile.href!, previous)));
      // "Before: 1,180 · +54 (+4.6%)"
      const change = tile.count - tile.previous;
      const sign = change > 0 ? "+" : change < 0 ? "\u2212" : "±";
      expect(tile.text, tile.id).toContain(`Before: ${tile.previous.toLocaleString("en-GB")} · ${sign}`);
      if (change !== 0) expect(tile.text, tile.id).toContain(Math.abs(change).toLocaleString("en-GB"));
    }
    expect(tiles[0].previous, "the seeded history reaches back two weeks").toBeGreaterThan(0);

    // The chart: the previous period's totals as a dashed line with its legend entry.
    const legend = timeChart(page).locator("[data-previous-legend]");
    await expect(legend).toContainText("Previous period");
    await expect(legend).toContainText(tiles[0].previous.toLocaleString("en-GB"));
    await expect(timeChart(page).locator(".recharts-line path[stroke-dasharray]")).toBeAttached();
    await expectNoSeriousA11yFindings(page);

    // Off again: no comparison, no extra line.
    await page.getByRole("button", { name: "Compare with previous period" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("compare")).toBeNull();
    await expect(keyFigures(page).locator("[data-before]")).toHaveCount(0);
    await expect(legend).toHaveCount(0);
  },
);

test.describe(() => {
  // The comparison's request is answered 403 here, which the browser logs.
  test.use({ allowedConsoleErrors: httpErrorLine(403, "/api/stats?") });
  test("a comparison that fails says so and leaves the range's own numbers as they are", async ({ page }) => {
    await page.route("**/api/stats?*", (route) =>
      new URL(route.request().url()).searchParams.has("from")
        ? route.fulfill({ status: 403, json: { error: { message: "Not allowed", code: "forbidden" } } })
        : route.continue(),
    );
    await signIn(page, "/?range=7d&live=off&compare=previous");
    await expect(keyFigures(page)).toHaveAttribute("data-compare", "error");
    await settled(page);
    await expect(page.locator('[data-kpi="received"] [data-before]')).toHaveText("Before: could not be loaded");
    await expect(timeChart(page).locator("[data-previous-legend]")).toContainText("could not be loaded");
    await expect(timeChart(page).locator("a[data-point]").first()).toBeAttached();
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  });
});
