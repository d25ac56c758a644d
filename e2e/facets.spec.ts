import type { Locator, Page } from "@playwright/test";
import { bearer, expect, signIn, test, tokenFor } from "./fixtures";

const DAY_MS = 86_400_000;
/** How long a list or its counts may take to arrive on a busy machine (the suite shares two cores). */
const SLOW_MS = 30_000;

/** The count that describes a menu's checkbox ("matches 1,234 transactions"), once the counts have arrived. */
async function countOf(menu: Locator, label: string): Promise<number> {
  const box = menu.getByRole("checkbox", { name: label, exact: true });
  await expect(box).toHaveAccessibleDescription(/^matches [\d,]+ transactions?$/, { timeout: SLOW_MS });
  const description = await box.evaluate(
    (input) => document.getElementById(input.getAttribute("aria-describedby")!)!.textContent!,
  );
  return Number(description.split(" ")[1].replace(/,/g, ""));
}

/** The total the list states ("1,234 transactions"), once the table shows the current result. */
async function shownTotal(page: Page): Promise<number> {
  await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false", { timeout: SLOW_MS });
  const text = await page
    .getByRole("main")
    .getByText(/^[\d,]+ transactions?/)
    .textContent();
  return Number(text!.split(" ")[0].replace(/,/g, ""));
}

test("each enumerated filter menu counts its values under the rest of the filter; choosing a value lists exactly that many", async ({
  page,
  api,
  serverNow,
}) => {
  test.slow();
  // A closed range in the past, so nothing arriving meanwhile changes the counts.
  const instant = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
  const from = instant(serverNow() - 20 * DAY_MS);
  const to = instant(serverNow() - 2 * DAY_MS);
  await signIn(page, `/transactions?type=invoice&from=${from}&to=${to}`);
  const filters = page.getByRole("main").getByRole("search", { name: "Filter transactions" });
  const invoices = await shownTotal(page);
  expect(invoices).toBeGreaterThan(0);

  // The status menu counts the invoices of the range by status (its own filter is none yet).
  await filters.getByRole("button", { name: "Status", exact: true }).click();
  // Only the open menu's values are in the accessibility tree (the others are hidden).
  const menu = filters;
  const delivered = await countOf(menu, "Delivered");
  const others = await Promise.all(
    ["Received", "Processing", "Sending", "Error", "Rejected"].map((label) => countOf(menu, label)),
  );
  expect(delivered + others.reduce((a, n) => a + n, 0)).toBe(invoices);

  // Choosing a value lists as many transactions as its count said; the menu keeps the counts.
  await menu.getByRole("checkbox", { name: "Delivered", exact: true }).check();
  await expect(page).toHaveURL(/[?&]status=delivered(&|$)/);
  expect(await shownTotal(page)).toBe(delivered);
  expect(await countOf(menu, "Error")).toBe(others[3]);

  // Leaving the ticked value out instead lists the rest.
  await menu.getByRole("radio", { name: "All except these" }).check();
  await expect(page).toHaveURL(/[?&]status=!delivered(&|$)/);
  expect(await shownTotal(page)).toBe(invoices - delivered);
  await page.keyboard.press("Escape");

  // The document type menu counts under the new status filter, ignoring its own (invoice) clause.
  await filters.getByRole("button", { name: /^Document type/ }).click();
  const types = filters;
  expect(await countOf(types, "Invoice")).toBe(invoices - delivered);
  const direct = await api.post("/track/api/transactions/facets", {
    headers: bearer(await tokenFor(api)),
    data: {
      filter: { receivedFrom: from, receivedTo: to, documentType: ["invoice"], not: { status: ["delivered"] } },
      fields: ["documentType"],
    },
  });
  expect(direct.status()).toBe(200);
  const body = (await direct.json()) as {
    facets: { documentType: { value: string; count: number }[] };
    exact: boolean;
  };
  expect(body.exact).toBe(true);
  expect(await countOf(types, "Order")).toBe(body.facets.documentType.find((f) => f.value === "order")!.count);
});

test("the facets endpoint names a bad field with a 400 and needs a token", async ({ api }) => {
  const token = await tokenFor(api);
  const bad = await api.post("/track/api/transactions/facets", {
    headers: bearer(token),
    data: { filter: {}, fields: ["sender"] },
  });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { field?: string } }).error.field).toMatch(/^fields/);
  const misspelt = await api.post("/track/api/transactions/facets", {
    headers: bearer(token),
    data: { filter: { stauts: ["error"] } },
  });
  expect(misspelt.status()).toBe(400);
  const anonymous = await api.post("/track/api/transactions/facets", { data: { filter: {} } });
  expect(anonymous.status()).toBe(401);
});
