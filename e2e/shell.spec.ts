import { expect, httpErrorLine, signIn, test } from "./fixtures";

test.describe(() => {
  // The browser logs the 404 of the page itself as a console error.
  test.use({ allowedConsoleErrors: httpErrorLine(404, "/nope") });
  test("an unknown address is the dashboard's own 404, inside its header, with ways back", async ({ page }) => {
    await signIn(page, "/transactions");
    const response = await page.goto("/nope/deeper");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByTestId("signed-in-user")).toContainText("demo@acme.test");
    await expect(page).toHaveTitle("Page not found · Track Monitor");
    await page.getByRole("alert").getByRole("link", { name: "Overview" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  });
});

test("the pages have an icon, so no browser asks for a favicon that is not there", async ({ page }) => {
  const icon = await page.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/");
  const missing: string[] = [];
  page.on("response", (r) => r.status() === 404 && missing.push(r.url()));
  await signIn(page, "/transactions");
  await expect(page.locator("main tbody tr").first()).toBeVisible();
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /favicon\.ico/);
  expect(missing).toEqual([]);
});
