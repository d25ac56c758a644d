import { bearer, expect, test, tokenFor } from "../fixtures";

const search = async (api: Parameters<typeof tokenFor>[0], body: unknown, user?: string) =>
  api.post("/track/api/transactions", { headers: bearer(await tokenFor(api, user)), data: body });

test.describe("POST /track/api/transactions", () => {
  test("an empty filter lists newest first with an exact total", async ({ api }) => {
    const response = await search(api, { filter: {} });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.items).toHaveLength(50);
    expect(body.total).toBeGreaterThan(50);
    const times = body.items.map((t: { receivedAt: string }) => t.receivedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(body.nextCursor).toEqual(expect.any(String));
  });

  test("keyset pages join up without gaps or repeats", async ({ api }) => {
    const filter = { status: ["delivered"] };
    const sort = { field: "amount", direction: "asc" };
    const whole = await (await search(api, { filter, sort, page: { size: 120 } })).json();
    const first = await (await search(api, { filter, sort, page: { size: 40 } })).json();
    const second = await (await search(api, { filter, sort, page: { size: 40, cursor: first.nextCursor } })).json();
    const third = await (await search(api, { filter, sort, page: { size: 40, cursor: second.nextCursor } })).json();
    const ids = (p: { items: { id: string }[] }) => p.items.map((t) => t.id);
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(ids(whole));
    expect(first.total).toBe(whole.total);
  });

  const badRequests: [string, unknown, string][] = [
    ["an unknown filter key", { filter: { stauts: ["error"] } }, "filter.stauts"],
    ["a wrong type", { filter: { status: "error" } }, "filter.status"],
    ["an unknown status", { filter: { status: ["lost"] } }, "filter.status.0"],
    ["a bad date", { filter: { receivedFrom: "yesterday" } }, "filter.receivedFrom"],
    [
      "a reversed range",
      { filter: { receivedFrom: "2026-02-01T00:00:00Z", receivedTo: "2026-01-01T00:00:00Z" } },
      "filter.receivedTo",
    ],
    ["page size 0", { filter: {}, page: { size: 0 } }, "page.size"],
    ["page size 501", { filter: {}, page: { size: 501 } }, "page.size"],
    ["a garbage cursor", { filter: {}, page: { cursor: "garbage" } }, "page.cursor"],
    ["a missing filter", {}, "filter"],
    ["an unknown sort field", { filter: {}, sort: { field: "colour" } }, "sort.field"],
  ];
  for (const [name, body, field] of badRequests) {
    test(`answers 400 naming ${field} for ${name}`, async ({ api }) => {
      const response = await search(api, body);
      expect(response.status()).toBe(400);
      const { error } = await response.json();
      expect(error.field).toBe(field);
      expect(error.message).toContain(field);
    });
  }

  test("answers 400 for a tampered cursor", async ({ api }) => {
    const first = await (await search(api, { filter: {}, page: { size: 5 } })).json();
    const [data, mac] = first.nextCursor.split(".");
    const payload = JSON.parse(Buffer.from(data, "base64url").toString());
    const forged = `${Buffer.from(JSON.stringify({ ...payload, i: "zzzz" })).toString("base64url")}.${mac}`;
    const response = await search(api, { filter: {}, page: { size: 5, cursor: forged } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.field).toBe("page.cursor");
  });

  test("answers 400 for malformed JSON and 415 for a form body", async ({ api }) => {
    const token = await tokenFor(api);
    const malformed = await api.post("/track/api/transactions", {
      headers: { ...bearer(token), "content-type": "application/json" },
      data: Buffer.from('{"filter": {'),
    });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error).toMatchObject({ field: "body", code: "invalid_json" });
    const notAnObject = await api.post("/track/api/transactions", { headers: bearer(token), data: ["filter"] });
    expect(notAnObject.status()).toBe(400);
    expect((await notAnObject.json()).error.field).toBe("body");
    const form = await api.post("/track/api/transactions", { headers: bearer(token), form: { filter: "x" } });
    expect(form.status()).toBe(415);
  });
});
