import type { APIRequestContext } from "@playwright/test";
import { bearer, expect, test, tokenFor } from "../fixtures";

const exportCsv = async (api: APIRequestContext, body: unknown, user?: string) =>
  api.post("/track/api/transactions/export", { headers: bearer(await tokenFor(api, user)), data: body });

async function searchedIds(api: APIRequestContext, filter: object, sort: object, user?: string): Promise<string[]> {
  const headers = bearer(await tokenFor(api, user));
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await (
      await api.post("/track/api/transactions", { headers, data: { filter, sort, page: { size: 500, cursor } } })
    ).json();
    ids.push(...page.items.map((t: { id: string }) => t.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

const csvIds = (csv: string) =>
  csv
    .split("\r\n")
    .filter(Boolean)
    .slice(1)
    .map((line) => line.split(",")[0]);

test.describe("POST /track/api/transactions/export", () => {
  test("streams every row of the search as CSV, in the search's order, with the total in x-total-count", async ({
    api,
  }) => {
    // Several reads of the store (500 rows each), so the export crosses chunk boundaries.
    const sort = { field: "amount", direction: "asc" };
    const expected = await searchedIds(api, {}, sort);
    expect(expected.length).toBeGreaterThan(2_000);
    const response = await exportCsv(api, { filter: {}, sort });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const csv = await response.text();
    expect(csv.split("\r\n")[0].split(",")[0]).toBe("Transaction ID");
    const ids = csvIds(csv);
    // Live traffic may add rows between the two reads; it never reorders those already there.
    expect(ids.slice(0, Math.min(ids.length, expected.length))).toEqual(
      expected.slice(0, Math.min(ids.length, expected.length)),
    );
    expect(ids).toHaveLength(Number(response.headers()["x-total-count"]));
  });

  test("a filter exports only its rows, and Globex's token only Globex's", async ({ api }) => {
    const filter = { status: ["error"] };
    const sort = { field: "receivedAt", direction: "desc" };
    const [acme, globex] = await Promise.all([
      exportCsv(api, { filter, sort }).then((r) => r.text()),
      exportCsv(api, { filter, sort }, "demo@globex.test").then((r) => r.text()),
    ]);
    expect(csvIds(acme)).toEqual(await searchedIds(api, filter, sort));
    expect(
      acme
        .split("\r\n")
        .slice(1)
        .filter(Boolean)
        .every((line) => line.split(",")[3] === "error"),
    ).toBe(true);
    const globexIds = csvIds(globex);
    expect(globexIds.length).toBeGreaterThan(0);
    expect(globexIds.filter((id) => csvIds(acme).includes(id))).toEqual([]);
  });

  test("bad input is a 400 naming the field; no token is a 401", async ({ api }) => {
    for (const [body, field] of [
      [{ filter: {}, page: { size: 10 } }, "page"],
      [{ filter: { status: "error" } }, "filter.status"],
      [{ filter: {}, sort: { field: "colour" } }, "sort.field"],
    ] as const) {
      const response = await exportCsv(api, body);
      expect(response.status()).toBe(400);
      expect((await response.json()).error.field).toBe(field);
    }
    const anonymous = await api.post("/track/api/transactions/export", { data: { filter: {} } });
    expect(anonymous.status()).toBe(401);
  });
});
