import fs from "node:fs";
import type { Page } from "@playwright/test";
import { ERROR_TYPE_LABEL } from "@/lib/domain/labels";
import { bearer, expect, httpErrorLine, signIn, test, tokenFor } from "./fixtures";

interface SearchResult {
  items: { id: string }[];
  total: number;
  nextCursor: string | null;
}

/** The ids of the list's rows, in order, once the table shows the current (not a stale) result. */
async function rowIds(page: Page): Promise<string[]> {
  await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false");
  return page.locator("tbody a[data-row-link]").evaluateAll((links) => links.map((a) => a.getAttribute("data-id")!));
}

/** The total the page states ("1,234 transactions"). */
async function shownTotal(page: Page): Promise<number> {
  const text = await page
    .getByRole("main")
    .getByText(/^[\d,]+ transactions?/)
    .textContent();
  return Number(text!.split(" ")[0].replace(/,/g, ""));
}

test("three filters and a sort live in the URL; a fresh browser lands on the same view and rows as the Track API gives", async ({
  page,
  browser,
  api,
  serverErrors,
}) => {
  await signIn(page, "/transactions");
  const main = page.getByRole("main");
  const filters = main.getByRole("search", { name: "Filter transactions" });
  await expect(main.locator("tbody tr").first()).toBeVisible();

  await filters.getByRole("button", { name: "Status", exact: true }).click();
  await filters.getByRole("checkbox", { name: "Delivered" }).check();
  await expect(page).toHaveURL(/[?&]status=delivered(&|$)/);
  await page.keyboard.press("Escape");
  await filters.getByRole("button", { name: "Document type" }).click();
  await filters.getByRole("checkbox", { name: "Invoice", exact: true }).check();
  await expect(page).toHaveURL(/[?&]type=invoice(&|$)/);
  await page.keyboard.press("Escape");
  await filters.getByRole("combobox", { name: "Direction" }).selectOption("outbound");
  await expect(page).toHaveURL(/[?&]dir=outbound(&|$)/);
  await main.getByRole("columnheader", { name: "Amount" }).getByRole("button").click();
  await expect(page).toHaveURL(/[?&]sort=amount\.desc(&|$)/);

  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toEqual({
    status: "delivered",
    type: "invoice",
    dir: "outbound",
    sort: "amount.desc",
  });
  const ids = await rowIds(page);
  const total = await shownTotal(page);

  // The Track API, asked directly for the same search, gives the same rows and total.
  const direct = await api.post("/track/api/transactions", {
    headers: bearer(await tokenFor(api)),
    data: {
      filter: { status: ["delivered"], documentType: ["invoice"], direction: "outbound" },
      sort: { field: "amount", direction: "desc" },
      page: { size: 50 },
    },
  });
  expect(direct.status()).toBe(200);
  const expected = (await direct.json()) as SearchResult;
  expect(expected.total).toBeGreaterThan(0);
  expect(total).toBe(expected.total);
  expect(ids).toEqual(expected.items.map((t) => t.id));

  // A signed-out person opening the link goes through sign-in and lands on the same view.
  const context = await browser.newContext({ baseURL: url.origin, timezoneId: "Europe/Helsinki", locale: "en-GB" });
  const fresh = await context.newPage();
  fresh.on("response", (r) => {
    if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  await signIn(fresh, url.pathname + url.search);
  expect(new URL(fresh.url()).search).toBe(url.search);
  const freshMain = fresh.getByRole("main");
  const freshFilters = freshMain.getByRole("search", { name: "Filter transactions" });
  await expect(freshFilters.getByRole("button", { name: /^Status/ })).toHaveAccessibleName("Status: Delivered");
  await expect(freshFilters.getByRole("button", { name: /^Document type/ })).toHaveAccessibleName(
    "Document type: Invoice",
  );
  await expect(freshFilters.getByRole("combobox", { name: "Direction" })).toHaveValue("outbound");
  await expect(freshMain.getByRole("columnheader", { name: "Amount" })).toHaveAttribute("aria-sort", "descending");
  expect(await rowIds(fresh)).toEqual(ids);
  expect(await shownTotal(fresh)).toBe(total);
  await context.close();
});

test("business status: picked in the filter bar, in the URL as bstatus, shown as a chip, the same total as a direct Track API search", async ({
  page,
  api,
}) => {
  await signIn(page, "/transactions");
  const main = page.getByRole("main");
  const filters = main.getByRole("search", { name: "Filter transactions" });
  await expect(main.locator("tbody tr").first()).toBeVisible();

  await filters.getByRole("button", { name: "Business status" }).click();
  await filters.getByRole("checkbox", { name: "Paid" }).check();
  await filters.getByRole("checkbox", { name: "Under query" }).check();
  await page.keyboard.press("Escape");
  // The values in their canonical order, whatever order they were picked in.
  await expect(page).toHaveURL(/[?&]bstatus=underQuery,paid(&|$)/);
  await expect(filters.getByRole("button", { name: /^Business status/ })).toHaveAccessibleName(
    "Business status: Under query, Paid",
  );
  await expect(
    main
      .getByRole("list", { name: "Active filters" })
      .getByRole("button", { name: "Remove filter Business status: Under query, Paid" }),
  ).toBeVisible();

  const ids = await rowIds(page);
  const direct = await api.post("/track/api/transactions", {
    headers: bearer(await tokenFor(api)),
    data: { filter: { businessStatus: ["underQuery", "paid"] }, page: { size: 50 } },
  });
  expect(direct.status()).toBe(200);
  const expected = (await direct.json()) as SearchResult;
  expect(expected.total).toBeGreaterThan(0);
  expect(await shownTotal(page)).toBe(expected.total);
  expect(ids).toEqual(expected.items.map((t) => t.id));
});

test("exclusion: All except these leaves values out, in the URL with !, on a chip with not, the same rows as the Track API's filter.not", async ({
  page,
  api,
}) => {
  // The most common error type among the errors: leaving it out keeps some errors and drops others.
  const errors = (await (
    await api.post("/track/api/transactions", {
      headers: bearer(await tokenFor(api)),
      data: { filter: { status: ["error"] }, page: { size: 500 } },
    })
  ).json()) as SearchResult & { items: { errorType: string | null }[] };
  const counts = new Map<string, number>();
  for (const { errorType } of errors.items) if (errorType) counts.set(errorType, (counts.get(errorType) ?? 0) + 1);
  const [common] = [...counts].sort((a, b) => b[1] - a[1])[0];
  const label = ERROR_TYPE_LABEL[common as keyof typeof ERROR_TYPE_LABEL];

  await signIn(page, "/transactions?status=error");
  const main = page.getByRole("main");
  const filters = main.getByRole("search", { name: "Filter transactions" });
  await expect(main.locator("tbody tr").first()).toBeVisible();

  await filters.getByRole("button", { name: /^Error type/ }).click();
  await filters.getByRole("radio", { name: "All except these" }).check();
  await filters.getByRole("checkbox", { name: label }).check();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(new RegExp(`[?&]error=!${common}(&|$)`));
  await expect(
    main
      .getByRole("list", { name: "Active filters" })
      .getByRole("button", { name: `Remove filter Error type: not ${label}` }),
  ).toBeVisible();

  const ids = await rowIds(page);
  const direct = await api.post("/track/api/transactions", {
    headers: bearer(await tokenFor(api)),
    data: { filter: { status: ["error"], not: { errorType: [common] } }, page: { size: 50 } },
  });
  const expected = (await direct.json()) as SearchResult;
  expect(expected.total).toBeGreaterThan(0);
  expect(expected.total).toBeLessThan(errors.total);
  expect(await shownTotal(page)).toBe(expected.total);
  expect(ids).toEqual(expected.items.map((t) => t.id));
});

test("CSV export of more than 1,000 rows holds exactly total rows, in the list's order", async ({ page, api }) => {
  const filter = { documentType: ["invoice"] };
  const sort = { field: "amount", direction: "desc" };
  const token = await tokenFor(api);
  const apiIds: string[] = [];
  let cursor: string | undefined;
  let total = 0;
  do {
    const response = await api.post("/track/api/transactions", {
      headers: bearer(token),
      data: { filter, sort, page: { size: 500, cursor } },
    });
    const result = (await response.json()) as SearchResult;
    total = result.total;
    apiIds.push(...result.items.map((t) => t.id));
    cursor = result.nextCursor ?? undefined;
  } while (cursor);
  expect(total).toBeGreaterThan(1000);

  await signIn(page, "/transactions?type=invoice&sort=amount.desc");
  const listIds = await rowIds(page);
  expect(await shownTotal(page)).toBe(total);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  const csv = fs.readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const [header, ...rows] = csv.split("\r\n").filter((line) => line !== "");
  expect(header.split(",")[0]).toBe("Transaction ID");
  expect(rows).toHaveLength(total);
  const csvIds = rows.map((row) => row.split(",")[0]);
  expect(csvIds.slice(0, listIds.length)).toEqual(listIds);
  expect(csvIds).toEqual(apiIds);
});

test("keyset paging: Next and Previous are links through the same pages the Track API gives; First page starts over", async ({
  page,
  api,
}) => {
  const token = await tokenFor(api);
  const pages: string[][] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 3; i++) {
    const response = await api.post("/track/api/transactions", {
      headers: bearer(token),
      data: { filter: { documentType: ["invoice"] }, page: { size: 50, cursor } },
    });
    const result = (await response.json()) as SearchResult;
    pages.push(result.items.map((t) => t.id));
    cursor = result.nextCursor!;
  }

  await signIn(page, "/transactions?type=invoice");
  const main = page.getByRole("main");
  const nav = main.getByRole("navigation", { name: "Pages" });
  expect(await rowIds(page)).toEqual(pages[0]);
  await nav.getByRole("link", { name: "Next" }).click();
  await expect(nav).toContainText("51–100 of");
  expect(await rowIds(page)).toEqual(pages[1]);
  const second = page.url();
  await nav.getByRole("link", { name: "Next" }).click();
  await expect(nav).toContainText("101–150 of");
  expect(await rowIds(page)).toEqual(pages[2]);
  await nav.getByRole("link", { name: "Previous" }).click();
  await expect(nav).toContainText("Rows 51–100 of");
  expect(await rowIds(page)).toEqual(pages[1]);
  await nav.getByRole("link", { name: "First page" }).click();
  await expect(page).toHaveURL(/\/transactions\?type=invoice$/);
  expect(await rowIds(page)).toEqual(pages[0]);

  // A pasted page-2 link, in a tab that has no trail: it knows its rows, and Previous leads to page 1.
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(second);
  await expect(nav).toContainText("Rows 51–100 of");
  expect(await rowIds(page)).toEqual(pages[1]);
  await nav.getByRole("link", { name: "Previous" }).click();
  await expect(nav).toContainText("Rows 1–50 of");
  expect(await rowIds(page)).toEqual(pages[0]);
  await expect(nav.getByText("Previous")).toHaveAttribute("aria-disabled", "true");
});

test("keyboard: arrows move between rows, Enter opens one; Back to list returns to the same filtered, scrolled list", async ({
  page,
}) => {
  await signIn(page, "/transactions?type=invoice&sort=amount.desc&density=compact");
  const links = page.locator("tbody a[data-row-link]");
  await expect(links.first()).toBeVisible();
  await links.first().focus();
  for (let i = 0; i < 25; i++) await page.keyboard.press("ArrowDown");
  await expect(links.nth(25)).toBeFocused();
  const id = await links.nth(25).getAttribute("data-id");
  const list = page.url();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === `/transactions/${id}`);
  await page.getByRole("link", { name: /Back to list/ }).click();
  await page.waitForURL(list);
  await expect(page.locator(`tbody a[data-row-link][data-id="${id}"]`)).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test.describe("bad URL parameters", () => {
  // The BFF's 400s for the values only it can judge are logged by the browser as console errors.
  test.use({ allowedConsoleErrors: httpErrorLine(400, "/api/transactions?") });
  const cases: [string, string, string][] = [
    ["an unknown status", "?status=lost", "status"],
    ["a reversed date range", "?from=2026-11-05&to=2026-11-01", "to"],
    ["a garbage cursor", "?cursor=garbage-cursor", "cursor"],
    ["a 5,000-character query", `?q=${"x".repeat(5000)}`, "q"],
    ["an unknown business status", "?bstatus=lost", "bstatus"],
    ["an unknown density", "?density=huge", "density"],
  ];

  test("each shows a clear message naming the parameter, never a crash or a 5xx", async ({ page }) => {
    await signIn(page, "/transactions");
    for (const [, search, param] of cases) {
      const response = await page.goto(`/transactions${search}`);
      expect(response?.status(), search.slice(0, 40)).toBeLessThan(500);
      const alert = page.getByRole("main").getByRole("alert");
      await expect(alert, search.slice(0, 40)).toContainText(`invalid ${param} parameter`);
      await expect(alert.getByRole("link", { name: "Reset filters" })).toHaveAttribute("href", "/transactions");
      await expect(page.getByRole("table")).toHaveCount(0);
    }
    await page.getByRole("main").getByRole("link", { name: "Reset filters" }).click();
    await expect(page).toHaveURL(/\/transactions$/);
    await expect(page.getByRole("main").locator("tbody tr").first()).toBeVisible();
  });
});
