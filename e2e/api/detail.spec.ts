import { bearer, expect, test, tokenFor } from "../fixtures";

test.describe("GET /track/api/transactions/{id} and its files", () => {
  test("returns the transaction with events in time order and downloadable files", async ({ api }) => {
    const headers = bearer(await tokenFor(api));
    const list = await (
      await api.post("/track/api/transactions", {
        headers,
        data: { filter: { status: ["delivered"], documentType: ["invoice"] }, page: { size: 1 } },
      })
    ).json();
    const id = list.items[0].id;
    const response = await api.get(`/track/api/transactions/${id}`, { headers });
    expect(response.status()).toBe(200);
    const detail = await response.json();
    expect(detail).toMatchObject({ id, status: "delivered", documentType: "invoice" });
    const times = detail.events.map((e: { occurredAt: string }) => e.occurredAt);
    expect(times).toEqual([...times].sort());
    expect(detail.events[0].type).toBe("RECEIVED");
    const document = detail.files.find((f: { kind: string }) => f.kind === "document");
    const file = await api.get(`/track/api/transactions/${id}/files/${document.id}`, { headers });
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toContain(document.mediaType);
    expect(file.headers()["content-disposition"]).toContain("attachment");
    const bytes = await file.body();
    expect(bytes.length).toBe(document.size);
    expect(bytes.toString("latin1")).toContain(detail.documentNumber);
  });

  test("answers 404 for unknown transactions and files, 403 without the blob role", async ({ api }) => {
    const headers = bearer(await tokenFor(api));
    expect((await api.get("/track/api/transactions/does-not-exist", { headers })).status()).toBe(404);
    const list = await (
      await api.post("/track/api/transactions", { headers, data: { filter: {}, page: { size: 1 } } })
    ).json();
    const id = list.items[0].id;
    const missing = await api.get(`/track/api/transactions/${id}/files/attachment-99`, { headers });
    expect(missing.status()).toBe(404);
    const viewer = bearer(await tokenFor(api, "viewer@acme.test"));
    expect((await api.get(`/track/api/transactions/${id}`, { headers: viewer })).status()).toBe(200);
    const denied = await api.get(`/track/api/transactions/${id}/files/document`, { headers: viewer });
    expect(denied.status()).toBe(403);
    expect((await denied.json()).error.message).toContain("blob");
  });
});
