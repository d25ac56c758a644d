import type { Page } from "@playwright/test";
import { ingest, RECEIVED, transactionEvents } from "./events";
import { expect, signIn, test } from "./fixtures";

const run = Date.now().toString(36);

/** The list's stated total ("12 transactions") once its table shows the current result. */
async function listTotal(page: Page): Promise<number> {
  await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false");
  const text = await page
    .getByRole("main")
    .getByText(/^[\d,]+ transactions?/)
    .textContent();
  return Number(text!.split(" ")[0].replace(/,/g, ""));
}

test("a tile's list stays at the tile's number when a late transaction joins its window, and offers it as newer", async ({
  page,
  api,
  serverNow,
}) => {
  const now = serverNow();
  await ingest(api, transactionEvents(`e2e-asof-${run}-a`, now - 60_000, [RECEIVED]));
  await signIn(page, "/?range=24h&live=off");
  const tile = page.locator('[data-kpi="received"] a');
  await expect(tile).toHaveAttribute("data-count", /^\d+$/);
  const counted = Number(await tile.getAttribute("data-count"));
  expect(new URL((await tile.getAttribute("href"))!, "http://x").searchParams.get("asof")).toMatch(/^\d{4}-.*Z$/);
  await tile.click();
  await page.waitForURL(/\/transactions\?.*asof=/);
  expect(await listTotal(page)).toBe(counted);
  await expect(page.getByRole("button", { name: /^Remove filter As of: / })).toBeVisible();

  // Late: received before the first one, in the window the tile counted, stored after the count.
  await ingest(api, transactionEvents(`e2e-asof-${run}-late`, now - 120_000, [RECEIVED]));
  await page.reload();
  expect(await listTotal(page)).toBe(counted);
  await expect(page.getByText(`e2e-asof-${run}-late`)).toHaveCount(0);
  const newer = page.getByRole("button", { name: /^1 newer since .* · Show$/ });
  await expect(newer).toBeVisible();

  await newer.click();
  await expect.poll(() => new URL(page.url()).searchParams.has("asof")).toBe(false);
  await expect.poll(() => listTotal(page)).toBe(counted + 1);
  await expect(page.getByRole("button", { name: /newer since/ })).toHaveCount(0);
});
