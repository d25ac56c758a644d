import type { APIRequestContext } from "@playwright/test";
import { bearer, expect, test, tokenFor } from "../fixtures";

async function allIds(api: APIRequestContext, user: string): Promise<string[]> {
  const headers = bearer(await tokenFor(api, user));
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const response = await api.post("/track/api/transactions", {
      headers,
      data: { filter: {}, page: { size: 500, cursor } },
    });
    expect(response.status()).toBe(200);
    const page = await response.json();
    ids.push(...page.items.map((t: { id: string }) => t.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

test("with Globex's token no route returns an Acme row", async ({ api }) => {
  const [acme, globex] = await Promise.all([allIds(api, "demo@acme.test"), allIds(api, "demo@globex.test")]);
  expect(acme.length).toBeGreaterThan(0);
  expect(globex.length).toBeGreaterThan(0);
  const acmeSet = new Set(acme);
  expect(globex.filter((id) => acmeSet.has(id))).toEqual([]);

  const headers = bearer(await tokenFor(api, "demo@globex.test"));
  for (const id of acme.slice(0, 5)) {
    const detail = await api.get(`/track/api/transactions/${id}`, { headers });
    expect(detail.status()).toBe(404);
    const file = await api.get(`/track/api/transactions/${id}/files/document`, { headers });
    expect(file.status()).toBe(404);
  }
  const found = await api.post("/track/api/transactions", { headers, data: { filter: { q: acme[0] } } });
  expect((await found.json()).total).toBe(0);

  const stats = await api.post("/track/api/transactions/stats", { headers, data: { filter: {}, bucket: "day" } });
  expect(stats.status()).toBe(200);
  const acmeStats = await api.post("/track/api/transactions/stats", {
    headers: bearer(await tokenFor(api)),
    data: { filter: {}, bucket: "day" },
  });
  const [g, a] = [await stats.json(), await acmeStats.json()];
  const countGlobex = await api.post("/track/api/transactions", {
    headers,
    data: { filter: { receivedFrom: g.from, receivedTo: g.to }, page: { size: 1 } },
  });
  expect(g.totals.total).toBe((await countGlobex.json()).total);
  expect(a.breakdowns.partner.map((p: { key: string }) => p.key)).not.toEqual(
    g.breakdowns.partner.map((p: { key: string }) => p.key),
  );
});
