import fs from "node:fs";
import type { Page } from "@playwright/test";
import { EVENT_TYPE_LABEL } from "../components/timeline/event-labels";
import { bearer, expect, signIn, test, tokenFor, httpErrorLine } from "./fixtures";

type Detail = {
  id: string;
  documentNumber: string;
  events: { type: keyof typeof EVENT_TYPE_LABEL }[];
  files: { id: string; name: string; kind: string }[];
};
type Api = Parameters<typeof tokenFor>[0];

/** The newest delivered invoice in a format, with its detail as the Track API returns it. */
async function findInvoice(api: Api, format: string): Promise<Detail> {
  const headers = bearer(await tokenFor(api));
  const search = await api.post("/track/api/transactions", {
    headers,
    data: { filter: { status: ["delivered"], documentType: ["invoice"], format: [format] }, page: { size: 1 } },
  });
  const [first] = (await search.json()).items;
  return (await api.get(`/track/api/transactions/${first.id}`, { headers })).json();
}

/** The index of the current session history entry (Navigation API, Chromium). */
const historyIndex = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { navigation: { currentEntry: { index: number } } }).navigation.currentEntry.index,
  );

const filesCard = (page: Page) => page.locator("section", { has: page.getByRole("heading", { name: /^Files/ }) });

test.describe("transaction drill-down", () => {
  const LIST = "/transactions?status=delivered&type=invoice";

  test("shows the events in order, downloads the file byte for byte, Escape closes its preview and then returns to the same list", async ({
    page,
    api,
  }) => {
    const detail = await findInvoice(api, "peppolBis3");
    await signIn(page, LIST);
    await page.goto(`/transactions/${detail.id}?status=delivered&type=invoice`);

    await expect(page.getByRole("heading", { level: 1 })).toContainText(detail.documentNumber);
    const items = page.getByRole("list", { name: "Events" }).getByRole("listitem");
    await expect(items).toHaveCount(detail.events.length);
    expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-event-type")))).toEqual(
      detail.events.map((e) => e.type),
    );
    await expect(items).toHaveText(detail.events.map((e) => new RegExp(EVENT_TYPE_LABEL[e.type])));

    const file = detail.files.find((f) => f.kind === "document")!;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      filesCard(page)
        .getByRole("link", { name: `Download ${file.name}` })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(file.name);
    const upstream = await api.get(`/track/api/transactions/${detail.id}/files/${file.id}`, {
      headers: bearer(await tokenFor(api)),
    });
    expect(upstream.status()).toBe(200);
    expect(fs.readFileSync((await download.path())!).equals(await upstream.body())).toBe(true);

    await filesCard(page)
      .getByRole("button", { name: `Preview ${file.name}` })
      .click();
    const preview = page.getByTestId("file-preview-text");
    await expect(preview).toContainText(`<cbc:ID>${detail.documentNumber}</cbc:ID>`);

    // The first Escape closes the preview only (the focus is still on the button that opened it)…
    const before = await historyIndex(page);
    await page.keyboard.press("Escape");
    await expect(preview).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(detail.documentNumber);
    expect(await historyIndex(page)).toBe(before);
    // …and the next one goes back to the list.
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(LIST);
    // The list was the previous history entry, so Escape stepped back (restoring its scroll) rather than pushing.
    expect(await historyIndex(page)).toBe(before - 1);
    await expect(page.getByRole("heading", { level: 1, name: detail.documentNumber })).toHaveCount(0);
  });

  test("previews EDIFACT as latin1 text, one segment per line", async ({ page, api }) => {
    const detail = await findInvoice(api, "edifact");
    await signIn(page, `/transactions/${detail.id}`);
    const file = detail.files.find((f) => f.kind === "document")!;
    await filesCard(page)
      .getByRole("button", { name: `Preview ${file.name}` })
      .click();
    const text = (await page.getByTestId("file-preview-text").textContent()) ?? "";
    const lines = text.split("\n");
    expect(lines[0]).toBe("UNA:+.? '");
    expect(lines.slice(1).every((line) => /^[A-Z]{3}[+:]/.test(line) && line.endsWith("'"))).toBe(true);
    expect(text).not.toContain("\uFFFD");
  });

  test("a user without the blob role is told so and never receives a file", async ({ page, api }) => {
    const detail = await findInvoice(api, "peppolBis3");
    const fileAnswers: number[] = [];
    const downloads: string[] = [];
    page.on("response", (response) => {
      if (new URL(response.url()).pathname.includes("/files/")) fileAnswers.push(response.status());
    });
    page.on("download", (download) => downloads.push(download.suggestedFilename()));
    await signIn(page, `/transactions/${detail.id}`, "viewer@acme.test");

    const file = detail.files.find((f) => f.kind === "document")!;
    await expect(filesCard(page).getByText("You have no permission to open files")).toBeVisible();
    await expect(filesCard(page).getByRole("link")).toHaveCount(0);
    await expect(filesCard(page).getByRole("button", { name: `Preview ${file.name}` })).toBeDisabled();
    // The BFF refuses the file too, whatever the page shows.
    const direct = await page.request.get(`/api/transactions/${detail.id}/files/${file.id}`);
    expect(direct.status()).toBe(403);
    expect(fileAnswers).toEqual([]);
    expect(downloads).toEqual([]);
  });

  test.describe(() => {
    test.use({ allowedConsoleErrors: httpErrorLine(404, "/api/transactions/does-not-exist") });
    test("an unknown id says the transaction was not found", async ({ page }) => {
      await signIn(page, "/transactions/does-not-exist");
      await expect(page.getByRole("heading", { name: "Transaction not found" })).toBeVisible();
    });
  });
});
