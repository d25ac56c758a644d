import type { Browser, Page } from "@playwright/test";
import { expect, httpErrorLine, signIn, test } from "./fixtures";

interface View {
  id: string;
  name: string;
  href: string;
  shared: boolean;
  pinned: boolean;
  mine: boolean;
}

/** A name no earlier run of the suite (on a reused server) has used. */
const unique = (name: string) => `${name} ${Date.now().toString(36)}`;

/** The ids of the list's rows, in order, once the table shows the current (not a stale) result. */
async function rowIds(page: Page): Promise<string[]> {
  await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false");
  return page.locator("tbody a[data-row-link]").evaluateAll((links) => links.map((a) => a.getAttribute("data-id")!));
}

const pins = (page: Page) => page.getByRole("navigation", { name: "Saved views" });
const views = async (page: Page) => ((await (await page.request.get("/api/views")).json()) as { views: View[] }).views;

/** Another person's signed-in page, in a browser of its own. */
async function signedIn(browser: Browser, username: string, to: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, to, username);
  return page;
}

test("a filtered list saved as a view reopens from the header pin on the same URL and rows; renamed and deleted on /views", async ({
  page,
}) => {
  const search = "?status=delivered&type=invoice&sort=amount.desc&live=off";
  await signIn(page, `/transactions${search}`);
  const ids = await rowIds(page);
  expect(ids.length).toBeGreaterThan(0);

  const save = page.getByRole("button", { name: "Save view" });
  await save.click();
  const dialog = page.getByRole("dialog", { name: "Save view" });
  await expect(dialog.getByLabel("Name")).toBeFocused();
  const name = unique("Delivered invoices");
  await dialog.getByLabel("Name").fill(name);
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(save).toBeFocused();

  // Pinned for its owner at once: the header opens exactly the saved address, with the same rows.
  const pin = pins(page).getByRole("link", { name, exact: true });
  await expect(pin).toHaveAttribute("href", `/transactions${search}`);
  await page.goto("/transactions?live=off");
  await expect(page.locator("main tbody tr").first()).toBeVisible();
  await pin.click();
  await expect(page).toHaveURL(`/transactions${search}`);
  expect(await rowIds(page)).toEqual(ids);

  // Renamed in place on /views (Escape gives up, Enter saves), by keyboard.
  await pins(page).getByRole("link", { name: "Views", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Saved views" })).toBeVisible();
  const rename = page.getByRole("button", { name: `Rename ${name}` });
  await rename.click();
  const field = page.getByLabel(`New name for ${name}`);
  await expect(field).toBeFocused();
  await field.fill("Not this");
  await page.keyboard.press("Escape");
  await expect(field).toBeHidden();
  await expect(rename).toBeFocused();
  await page.keyboard.press("Enter");
  const renamed = `${name} (renamed)`;
  await page.getByLabel(`New name for ${name}`).fill(renamed);
  await page.keyboard.press("Enter");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: renamed, exact: true })).toHaveAttribute(
    "href",
    `/transactions${search}`,
  );
  await expect(pins(page).getByRole("link", { name: renamed, exact: true })).toBeVisible();

  // Deleted after a confirmation (Escape keeps it).
  const remove = main.getByRole("button", { name: `Delete ${renamed}` });
  await remove.click();
  const confirm = page.getByRole("dialog", { name: `Delete “${renamed}”?` });
  await expect(confirm).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(remove).toBeFocused();
  await remove.click();
  await confirm.getByRole("button", { name: "Delete view" }).click();
  await expect(main.getByRole("link", { name: renamed, exact: true })).toHaveCount(0);
  await expect(pins(page).getByRole("link", { name: renamed, exact: true })).toHaveCount(0);
  expect((await views(page)).map((v) => v.name)).not.toContain(renamed);
});

test("a shared view: the tenant's other users see and pin it but may not change it; another tenant never sees it", async ({
  page,
  browser,
}) => {
  await signIn(page, "/?range=7d&live=off");
  await page.getByRole("button", { name: "Save view" }).click();
  const dialog = page.getByRole("dialog", { name: "Save view" });
  const name = unique("Last week");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Share with my organisation").check();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(pins(page).getByRole("link", { name, exact: true })).toHaveAttribute("href", "/?range=7d&live=off");
  const view = (await views(page)).find((v) => v.name === name)!;
  expect(view).toMatchObject({ shared: true, pinned: true, mine: true });

  const viewer = await signedIn(browser, "viewer@acme.test", "/views");
  try {
    const main = viewer.getByRole("main");
    await expect(main.getByRole("link", { name, exact: true })).toBeVisible();
    const row = main.locator(`tr[data-view-id="${view.id}"]`);
    await expect(row).toContainText("Shared by");
    await expect(row.getByRole("button", { name: `Rename ${name}` })).toHaveCount(0);
    await expect(row.getByRole("button", { name: `Delete ${name}` })).toHaveCount(0);
    // Not in the viewer's header until the viewer pins it; then it opens the saved overview.
    await expect(pins(viewer).getByRole("link", { name, exact: true })).toHaveCount(0);
    await row.getByRole("button", { name: `Pin ${name}` }).click();
    await expect(row.getByRole("button", { name: `Unpin ${name}` })).toBeVisible();
    await pins(viewer).getByRole("link", { name, exact: true }).click();
    await expect(viewer).toHaveURL("/?range=7d&live=off");

    for (const [body, field] of [
      [{ name: "Taken over" }, "name"],
      [{ shared: false }, "shared"],
    ] as const) {
      const refused = await viewer.request.patch(`/api/views/${view.id}`, { data: body });
      expect(refused.status()).toBe(403);
      expect((await refused.json()).error).toMatchObject({ code: "not_owner", field });
    }
    expect((await viewer.request.delete(`/api/views/${view.id}`)).status()).toBe(403);
  } finally {
    await viewer.context().close();
  }

  const globex = await signedIn(browser, "demo@globex.test", "/views");
  try {
    await expect(globex.getByRole("heading", { name: "Saved views" })).toBeVisible();
    await expect(globex.getByRole("main").getByRole("link", { name, exact: true })).toHaveCount(0);
    expect((await views(globex)).map((v) => v.id)).not.toContain(view.id);
    for (const response of [
      await globex.request.patch(`/api/views/${view.id}`, { data: { pinned: true } }),
      await globex.request.patch(`/api/views/${view.id}`, { data: { name: "Ours now" } }),
      await globex.request.delete(`/api/views/${view.id}`),
    ]) {
      expect(response.status()).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  } finally {
    await globex.context().close();
  }

  expect((await page.request.delete(`/api/views/${view.id}`)).status()).toBe(204);
});

test.describe("refused input", () => {
  test.use({ allowedConsoleErrors: httpErrorLine(400, "/api/views") });

  test("a bad name is named next to the field; a bad query or body is a 400 naming the field", async ({ page }) => {
    await signIn(page, "/transactions?live=off");
    const save = page.getByRole("button", { name: "Save view" });
    await save.click();
    const dialog = page.getByRole("dialog", { name: "Save view" });
    const field = dialog.getByLabel("Name");
    await field.fill("   ");
    await page.keyboard.press("Enter");
    await expect(dialog.getByText("Enter a name")).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription("Enter a name");
    await expect(field).toBeFocused();
    await field.fill("x".repeat(81));
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(field).toHaveAccessibleDescription("The name can be at most 80 characters");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(save).toBeFocused();

    for (const [body, field, message] of [
      [{ name: "Lost", page: "list", query: "status=lost" }, "query", /^query: status: unknown value "lost"/],
      [{ name: "Huge", page: "list", query: "density=huge" }, "query", /^query: density/],
      [{ name: "Detail", page: "detail", query: "" }, "page", /list, overview/],
      [{ name: "Bell\u0007", page: "list", query: "" }, "name", /control characters/],
      [{ name: "Extra", page: "list", query: "", owner: "someone" }, "owner", /Unknown field/],
    ] as const) {
      const response = await page.request.post("/api/views", { data: body });
      expect(response.status(), JSON.stringify(body)).toBe(400);
      const { error } = await response.json();
      expect(error.field).toBe(field);
      expect(error.message).toMatch(message);
    }
    for (const [data, code] of [
      [Buffer.from("{"), "invalid_json"],
      [Buffer.from('"a name"'), "invalid_request"],
    ] as const) {
      const response = await page.request.post("/api/views", { data, headers: { "content-type": "application/json" } });
      expect(response.status()).toBe(400);
      expect((await response.json()).error).toMatchObject({ code, field: "body" });
    }
    expect((await page.request.patch("/api/views/no-such-view", { data: { pinned: true } })).status()).toBe(404);
    expect((await page.request.patch("/api/views/bad%20id", { data: { pinned: true } })).status()).toBe(404);
  });
});
