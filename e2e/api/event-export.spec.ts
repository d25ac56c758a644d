import type { APIRequestContext } from "@playwright/test";
import fs from "node:fs";
import type { EventExtractRow } from "@/lib/domain/event-extract";
import type { TransactionDetail } from "@/lib/domain/transaction";
import { bearer, expect, signIn, test, tokenFor } from "../fixtures";

const extract = async (api: APIRequestContext, body: unknown, user?: string) =>
  api.post("/track/api/events/export", { headers: bearer(await tokenFor(api, user)), data: body });

const ndjson = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EventExtractRow);

/** Every transaction of a search, in its order, each with its events as the drill-down gives them. */
async function drillDowns(api: APIRequestContext, filter: object, sort: object): Promise<TransactionDetail[]> {
  const headers = bearer(await tokenFor(api));
  const details: TransactionDetail[] = [];
  let cursor: string | undefined;
  do {
    const page = await (
      await api.post("/track/api/transactions", { headers, data: { filter, sort, page: { size: 500, cursor } } })
    ).json();
    for (const { id } of page.items as { id: string }[])
      details.push(await (await api.get(`/track/api/transactions/${id}`, { headers })).json());
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return details;
}

// Errors of one document type: a few dozen transactions of the fixed seed, none of them changing while
// the test runs (the test server runs no simulator).
const FILTER = { status: ["error"], documentType: ["invoice"] };
const SORT = { field: "receivedAt", direction: "desc" };

test.describe("POST /track/api/events/export", () => {
  test("streams the events of every matching transaction as NDJSON: transactions in the search's order, events in lifecycle order", async ({
    api,
  }) => {
    const details = await drillDowns(api, FILTER, SORT);
    expect(details.length).toBeGreaterThan(3);
    const response = await extract(api, { filter: FILTER, sort: SORT });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/x-ndjson; charset=utf-8");
    expect(Number(response.headers()["x-total-count"])).toBe(details.length);
    const rows = ndjson(await response.text());
    expect(rows.map((r) => [r.transactionId, r.id])).toEqual(details.flatMap((d) => d.events.map((e) => [d.id, e.id])));
    expect(rows.every((r) => r.transactionStatus === "error" && r.documentType === "invoice")).toBe(true);
  });

  test("as CSV, the same events with a header line; Globex's token sees only Globex's", async ({ api }) => {
    const [json, csv, globex] = await Promise.all([
      extract(api, { filter: FILTER, sort: SORT }).then((r) => r.text()),
      extract(api, { filter: FILTER, sort: SORT, format: "csv" }).then((r) => r.text()),
      extract(api, { filter: FILTER, sort: SORT }, "demo@globex.test").then((r) => r.text()),
    ]);
    const [header, ...lines] = csv.split("\r\n").filter(Boolean);
    expect(header.split(",").slice(0, 2)).toEqual(["Transaction ID", "Document type"]);
    expect(lines.map((line) => line.split(",")[0])).toEqual(ndjson(json).map((r) => r.transactionId));
    const acmeIds = new Set(ndjson(json).map((r) => r.transactionId));
    expect(ndjson(globex).length).toBeGreaterThan(0);
    expect(ndjson(globex).some((r) => acmeIds.has(r.transactionId))).toBe(false);
  });

  test("bad input is a 400 naming the field; no token is a 401", async ({ api }) => {
    const format = await extract(api, { filter: {}, format: "xml" });
    expect(format.status()).toBe(400);
    expect((await format.json()).error.field).toBe("format");
    const status = await extract(api, { filter: { status: ["lost"] } });
    expect(status.status()).toBe(400);
    expect((await status.json()).error.field).toContain("status");
    expect((await api.post("/track/api/events/export", { data: { filter: {} } })).status()).toBe(401);
  });
});

test("the list's Export events menu downloads the events of the list's filter, as CSV and as NDJSON", async ({
  page,
  api,
}) => {
  const details = await drillDowns(api, FILTER, SORT);
  const events = details.flatMap((d) => d.events.map((e) => [d.id, e.id]));
  await signIn(page, "/transactions?status=error&type=invoice");
  const menu = page.getByRole("main").locator("summary", { hasText: "Export events" });
  await menu.click();
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "As CSV" }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^events-.*\.csv$/);
  const csv = fs.readFileSync(await csvDownload.path(), "utf8").replace(/^\uFEFF/, "");
  const lines = csv.split("\r\n").filter(Boolean).slice(1);
  expect(lines.map((line) => line.split(",")[0])).toEqual(events.map(([id]) => id));

  // By keyboard: Escape closes the menu and leaves the focus on it; Enter opens it again.
  await page.getByRole("link", { name: "As CSV" }).focus();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("link", { name: "As CSV" })).toBeHidden();
  await expect(menu).toBeFocused();
  await page.keyboard.press("Enter");
  const [jsonDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "As NDJSON (one per line)" }).click(),
  ]);
  expect(jsonDownload.suggestedFilename()).toMatch(/^events-.*\.ndjson$/);
  const rows = ndjson(fs.readFileSync(await jsonDownload.path(), "utf8"));
  expect(rows.map((r) => [r.transactionId, r.id])).toEqual(events);
});
