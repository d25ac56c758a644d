import { bearer, expect, signIn, test, tokenFor } from "./fixtures";
import { ingest, RECEIVED, transactionEvents } from "./events";

const ZONE = "Europe/Helsinki";

test("amount sorts by currency, then amount, and its header says so; the list shows the Track API's order", async ({
  page,
  api,
}) => {
  const response = await api.post("/track/api/transactions", {
    headers: bearer(await tokenFor(api)),
    data: { filter: { documentType: ["invoice"] }, sort: { field: "amount", direction: "desc" }, page: { size: 500 } },
  });
  const result = (await response.json()) as { items: { id: string; currency: string | null; amount: number | null }[] };
  const currencies = result.items.map((t) => t.currency ?? "");
  expect(new Set(currencies).size).toBeGreaterThan(1);
  // One run per currency, in descending order, each run's amounts descending.
  expect(currencies).toEqual([...currencies].sort().reverse());
  for (let i = 1; i < result.items.length; i++)
    if (currencies[i] === currencies[i - 1])
      expect(result.items[i].amount ?? -Infinity).toBeLessThanOrEqual(result.items[i - 1].amount ?? -Infinity);

  await signIn(page, "/transactions?type=invoice&sort=amount.desc");
  const header = page.getByRole("columnheader", { name: "Amount (by currency)" });
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false");
  const ids = await page
    .locator("tbody a[data-row-link]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("data-id")!));
  expect(ids).toEqual(result.items.slice(0, ids.length).map((t) => t.id));
});

test("a cut partner name takes keyboard focus after the row's link and shows its whole name", async ({ page, api }) => {
  const id = `e2e-long-partner-${Date.now()}`;
  const name = "Pohjois-Pohjanmaan Rakennus- ja Kiinteistöpalvelut Osakeyhtiö Oulu";
  const events = transactionEvents(id, Date.now() - 10 * 60_000, [RECEIVED]);
  const first = events[0] as { transaction: { businessPartner: { id: string; name: string } } };
  first.transaction.businessPartner = { id: "0037:87654321", name };
  await ingest(api, events);

  await signIn(page, `/transactions?q=E2E-${id}`);
  const row = page.locator("tbody tr").filter({ hasText: `E2E-${id}` });
  await row.locator("a[data-row-link]").focus();
  await page.keyboard.press("Tab");
  const partner = row.getByText(name, { exact: true });
  await expect(partner).toBeFocused();
  await expect(partner).toHaveAccessibleDescription(`${name} (0037:87654321)`);
  await expect(row.getByRole("tooltip")).toBeVisible();
  await expect(row.getByRole("tooltip")).toHaveText(`${name} (0037:87654321)`);
});

test("Custom range… opens the inputs with the range written out; a time of day ends up in the URL and the chips", async ({
  page,
}) => {
  await signIn(page, "/transactions?range=7d");
  // Once the list has shown its rows: on a first visit the page learns the browser's zone after
  // hydration, and renders its filters again with it.
  await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false");
  const filters = page.getByRole("search", { name: "Filter transactions" });
  await filters.getByRole("combobox", { name: "Received" }).selectOption("custom");
  const from = filters.getByRole("textbox", { name: "Received from" });
  // Prefilled with where the last 7 days start, in the tables' words; nothing in the URL yet.
  await expect(from).toHaveValue(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d(:\d\d)?$/);
  expect(new URL(page.url()).searchParams.get("range")).toBe("7d");

  const day = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, day: "numeric", month: "short", year: "numeric" });
  const yesterday = day.format(Date.now() - 24 * 3_600_000);
  await from.fill(`${yesterday}, 08:15`);
  await filters.getByRole("textbox", { name: "Received to" }).fill("");
  await filters.getByRole("button", { name: "Apply" }).click();

  await expect(page).toHaveURL(/[?&]from=\d{4}-\d\d-\d\dT\d\d:15:00Z(&|$)/);
  const url = new URL(page.url());
  expect(url.searchParams.get("range")).toBeNull();
  const at = Date.parse(url.searchParams.get("from")!);
  const wall = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, dateStyle: "medium", timeStyle: "short" });
  expect(wall.format(at)).toBe(`${yesterday}, 08:15`);
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText(`${yesterday}, 08:15`);
  await expect(from).toHaveValue(`${yesterday}, 08:15`);
});
