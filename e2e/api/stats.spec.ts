import { bearer, expect, test, tokenFor } from "../fixtures";

test.describe("POST /track/api/transactions/stats", () => {
  test("every series bucket equals a search over the same range", { tag: "@calendar" }, async ({ api }) => {
    const headers = bearer(await tokenFor(api));
    const response = await api.post("/track/api/transactions/stats", {
      headers,
      data: { filter: {}, bucket: "day", timeZone: "Europe/Helsinki" },
    });
    expect(response.status()).toBe(200);
    const stats = await response.json();
    expect(stats.series).toHaveLength(30);
    for (const bucket of stats.series.filter((b: { total: number }) => b.total > 0).slice(-3)) {
      for (const [status, n] of Object.entries(bucket.counts)) {
        const search = await api.post("/track/api/transactions", {
          headers,
          data: { filter: { status: [status], receivedFrom: bucket.start, receivedTo: bucket.end }, page: { size: 1 } },
        });
        expect((await search.json()).total).toBe(n);
      }
    }
  });

  test("month-scale views need the report role", { tag: "@calendar" }, async ({ api }) => {
    const body = { filter: {}, bucket: "day" };
    const viewer = await api.post("/track/api/transactions/stats", {
      headers: bearer(await tokenFor(api, "viewer@acme.test")),
      data: body,
    });
    expect(viewer.status()).toBe(403);
    expect((await viewer.json()).error.message).toContain("report");
    const today = await api.post("/track/api/transactions/stats", {
      headers: bearer(await tokenFor(api, "viewer@acme.test")),
      data: { filter: {}, bucket: "hour" },
    });
    expect(today.status()).toBe(200);
  });

  test("answers 400 naming the field for a bad bucket, time zone or range", async ({ api }) => {
    const headers = bearer(await tokenFor(api));
    for (const [data, field] of [
      [{ filter: {}, bucket: "week" }, "bucket"],
      [{ filter: {}, timeZone: "Mars/Olympus" }, "timeZone"],
      [{ filter: { receivedFrom: "2025-01-01T00:00:00Z" }, bucket: "hour" }, "filter.receivedFrom"],
    ] as const) {
      const response = await api.post("/track/api/transactions/stats", { headers, data });
      expect(response.status()).toBe(400);
      expect((await response.json()).error.field).toBe(field);
    }
  });
});
