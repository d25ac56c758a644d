import { expectNoSeriousA11yFindings } from "./axe";
import { expect, httpErrorLine, signIn, test } from "./fixtures";

test.describe("accessibility (axe, WCAG 2.1 AA, light and dark)", () => {
  test.use({ allowedConsoleErrors: httpErrorLine(404, "/nope") });
  // NOTE: axe walks every node twice per page (light, dark); the overview alone has hundreds of chart links.
  test.describe.configure({ timeout: 120_000 });

  test("the sign-in page", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByLabel("User name")).toBeVisible();
    await expectNoSeriousA11yFindings(page);
  });

  test("the overview, as charts and as tables", async ({ page }) => {
    await signIn(page, "/?range=7d&live=off");
    await expect(page.locator('[data-kpi="received"] a')).toHaveAttribute("data-count", /^\d+$/);
    await expect(page.locator('section[data-chart="time"] a[data-point]').first()).toBeAttached();
    await expectNoSeriousA11yFindings(page);
    await page.goto("/?range=7d&live=off&tables=time,status,type,channel,partner,error,throughput");
    await expect(page.locator('section[data-chart="time"] table')).toBeVisible();
    await expectNoSeriousA11yFindings(page);
  });

  test("the list, a drill-down with its file preview, and the 404 page", async ({ page }) => {
    await signIn(page, "/transactions?live=off");
    const first = page.locator("main tbody tr").first();
    await expect(first).toBeVisible();
    await expectNoSeriousA11yFindings(page);
    await first.getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: "Files" })).toBeVisible();
    // Every transaction has its document file, and every document format can be previewed.
    await page
      .getByRole("button", { name: /^Preview / })
      .first()
      .click();
    await expect(page.getByRole("region", { name: /^Preview of / })).toBeVisible();
    await expectNoSeriousA11yFindings(page);
    await page.goto("/nope");
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expectNoSeriousA11yFindings(page);
  });

  test("the saved views page, and its dialogs", async ({ page }) => {
    await signIn(page, "/transactions?status=error&live=off");
    const saved = await page.request.post("/api/views", {
      data: { name: `Errors (a11y ${Date.now().toString(36)})`, page: "list", query: "status=error", shared: true },
    });
    expect(saved.status()).toBe(201);
    const { view } = await saved.json();
    try {
      await page.getByRole("button", { name: "Save view" }).click();
      await expect(page.getByRole("dialog", { name: "Save view" })).toBeVisible();
      await expectNoSeriousA11yFindings(page);
      await page.goto("/views");
      await expect(page.getByRole("main").getByRole("link", { name: view.name })).toBeVisible();
      await expectNoSeriousA11yFindings(page);
      await page.getByRole("button", { name: `Delete ${view.name}` }).click();
      await expect(page.getByRole("dialog", { name: `Delete “${view.name}”?` })).toBeVisible();
      await expectNoSeriousA11yFindings(page);
    } finally {
      await page.request.delete(`/api/views/${view.id}`);
    }
  });

  test("the alert rules, a new rule's form and the notifications", async ({ page }) => {
    await signIn(page, "/alerts");
    await expect(page.getByRole("heading", { name: "Alerts" })).toBeVisible();
    await expect(page.getByText("Loading alert rules…")).toHaveCount(0);
    await expectNoSeriousA11yFindings(page);
    await page.goto("/alerts/new?view=status%3Derror");
    await expect(page.getByLabel("Filter", { exact: true })).toHaveValue("status=error");
    await expectNoSeriousA11yFindings(page);
    await page.goto("/notifications");
    await expect(page.getByRole("heading", { name: "Notifications" })).toBeVisible();
    await expect(page.getByText("Loading notifications…")).toHaveCount(0);
    await expectNoSeriousA11yFindings(page);
  });

  test("the notification channels, with a channel's delivery log open", async ({ page }) => {
    await signIn(page, "/alerts/channels");
    const name = `A11y hook ${Date.now()}`;
    const created = await page.request.post("/api/alerts/channels", {
      data: { kind: "webhook", name, target: "https://hooks.example.com/a11y" },
    });
    expect(created.status()).toBe(201);
    await page.reload();
    const channel = page.locator("li[data-channel]", { has: page.getByRole("heading", { name }) });
    await channel.getByRole("button", { name: "Deliveries" }).click();
    await expect(channel.getByText("No deliveries yet. Send a test to see one here.")).toBeVisible();
    await expectNoSeriousA11yFindings(page);
  });
});
