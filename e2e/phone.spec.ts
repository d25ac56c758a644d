import { expect, signIn, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("on a 390 px phone the list is a card per transaction, with nothing wider than the screen", async ({
  page,
}, testInfo) => {
  await signIn(page, "/transactions?live=off");
  const cards = page.getByRole("list", { name: "Transactions" }).getByRole("listitem");
  await expect(cards.first()).toBeVisible();
  await expect(page.locator("main table")).toHaveCount(0);
  const first = cards.first();
  await expect(first.locator("[data-status]")).toBeVisible();
  await expect(first.locator("a[data-row-link]")).toBeVisible();
  // The partner links to the list filtered on it.
  await expect(first.locator("a[data-filter-link]")).toHaveAttribute("href", /[?&]partner=/);
  await expect(first.locator("time")).toBeVisible();
  // No sideways scrolling: the page and every card fit the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const box = await first.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await testInfo.attach("list at 390 px", {
    body: await page.screenshot({ fullPage: false }),
    contentType: "image/png",
  });

  const id = await first.locator("a[data-row-link]").getAttribute("data-id");
  await first.locator("a[data-row-link]").click();
  await expect(page).toHaveURL(new RegExp(`/transactions/${id}`));
});
