import { ingest, RECEIVED, transactionEvents } from "./events";
import { expect, liveStatus, signIn, test } from "./fixtures";

test(
  "in live mode new transactions are announced, not pushed into the rows being read",
  { tag: "@calendar" },
  async ({ page, api, serverNow }) => {
    await signIn(page, "/transactions");
    const rows = page.locator("main tbody tr");
    const firstRow = await rows.first().textContent();
    // "live" once the BFF's shared loop has its baseline: from then on every change is pinged.
    await expect(page.locator('[data-live-status="live"]')).toHaveCount(1);

    const id = `e2e-live-${Date.now().toString(36)}`;
    await ingest(api, transactionEvents(id, serverNow() - 1000, [RECEIVED]));
    const banner = page.getByRole("button", { name: /1 new transaction · Show/ });
    await expect(banner).toBeVisible();
    expect(await rows.first().textContent()).toBe(firstRow);

    await banner.click();
    await expect(rows.first()).toContainText(`E2E-${id}`);
    await expect(banner).toHaveCount(0);
  },
);

test("live mode is off for a later page, a past range or live=off", async ({ page }) => {
  await signIn(page, "/transactions?live=off");
  await expect(page.locator("main tbody tr").first()).toBeVisible();
  expect(await liveStatus(page)).toMatchObject({ subscribers: 0 });
  await page.goto("/transactions?from=2026-01-01&to=2026-01-02");
  await expect(
    page
      .getByRole("main")
      .getByText(/transactions?/)
      .first(),
  ).toBeVisible();
  expect(await liveStatus(page)).toMatchObject({ subscribers: 0 });
});

test("an empty live list shows its first arrival as a row, never a banner above 'No transactions match'", async ({
  page,
  api,
  serverNow,
}) => {
  const id = `e2e-empty-${Date.now().toString(36)}`;
  await signIn(page, `/transactions?q=${id}`);
  await expect(page.getByText("No transactions match")).toBeVisible();
  await expect(page.locator('[data-live-status="live"]')).toHaveCount(1);

  await ingest(api, transactionEvents(id, serverNow() - 1000, [RECEIVED]));
  await expect(page.locator("main tbody tr")).toHaveCount(1);
  await expect(page.locator("main tbody tr")).toContainText(`E2E-${id}`);
  await expect(page.getByRole("button", { name: /new transactions? · Show/ })).toHaveCount(0);
});
