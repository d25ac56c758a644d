import type { APIRequestContext } from "@playwright/test";
import { CONNECTION_ERROR, ingest, RECEIVED, transactionEvents } from "../events";
import { bearer, expect, test, tokenFor } from "../fixtures";

const lifecycle = (txId: string, start = Date.now() - 10 * 60_000) =>
  transactionEvents(txId, start, [
    RECEIVED,
    { type: "VALIDATED", step: "VALIDATION" },
    CONNECTION_ERROR,
    { type: "REPROCESSED", step: "ROUTING" },
    { type: "SENT", step: "OUTBOUND" },
    { type: "DELIVERED", step: "NETWORK" },
  ]);

async function detail(api: APIRequestContext, id: string) {
  const response = await api.get(`/track/api/transactions/${id}`, { headers: bearer(await tokenFor(api)) });
  expect(response.status()).toBe(200);
  // Files are left out: their line items are generated from the transaction id.
  const { events, files: _files, ...transaction } = await response.json();
  return { transaction, events: events.map(({ ingestedAt: _i, ...e }: { ingestedAt: string }) => e) };
}

test("ingesting a batch twice or in reverse order yields identical transactions", async ({ api }) => {
  const run = `${Date.now().toString(36)}`;
  const start = Date.now() - 10 * 60_000;
  const inOrder = lifecycle(`e2e-a-${run}`, start);
  expect(await ingest(api, inOrder)).toEqual({ accepted: 6, duplicates: 0, transactions: 1 });
  expect(await ingest(api, inOrder)).toEqual({ accepted: 0, duplicates: 6, transactions: 1 });
  const reversed = lifecycle(`e2e-b-${run}`, start).reverse();
  for (const event of reversed) await ingest(api, [event]);

  const a = await detail(api, `e2e-a-${run}`);
  const b = await detail(api, `e2e-b-${run}`);
  expect(a.transaction).toMatchObject({ status: "delivered", errorType: null, amount: 1234.5 });
  const strip = (d: typeof a) =>
    JSON.parse(JSON.stringify(d).replaceAll(`e2e-a-${run}`, "X").replaceAll(`e2e-b-${run}`, "X"));
  expect(strip(b)).toEqual(strip(a));
});

test("rejects bad batches with a 400 naming the field and stores nothing", async ({ api }) => {
  const headers = bearer(await tokenFor(api, "ingest@acme.test"));
  const txId = `e2e-bad-${Date.now().toString(36)}`;
  const [good] = lifecycle(txId);
  const bad = { ...good, eventId: `${txId}:x`, type: "TELEPORTED" };
  const response = await api.post("/track/api/events", { headers, data: { events: [good, bad] } });
  expect(response.status()).toBe(400);
  expect((await response.json()).error.field).toBe("events.1.type");
  const lookup = await api.get(`/track/api/transactions/${txId}`, { headers: bearer(await tokenFor(api)) });
  expect(lookup.status()).toBe(404);
});

test("refuses event times in year 0000, before 2000 or days ahead, naming the event and field", async ({ api }) => {
  const headers = bearer(await tokenFor(api, "ingest@acme.test"));
  const txId = `e2e-time-${Date.now().toString(36)}`;
  const [good] = lifecycle(txId);
  for (const occurredAt of [
    "0000-01-01T00:00:00Z",
    "1999-12-31T23:59:59Z",
    "9999-12-31T23:59:59Z",
    new Date(Date.now() + 2 * 86_400_000).toISOString(),
  ]) {
    const response = await api.post("/track/api/events", {
      headers,
      data: { events: [good, { ...good, eventId: `${txId}:x`, occurredAt }] },
    });
    expect(response.status(), occurredAt).toBe(400);
    expect((await response.json()).error.field, occurredAt).toBe("events.1.occurredAt");
  }
  const lookup = await api.get(`/track/api/transactions/${txId}`, { headers: bearer(await tokenFor(api)) });
  expect(lookup.status()).toBe(404);
});

test("needs the ingest role", async ({ api }) => {
  const response = await api.post("/track/api/events", {
    headers: bearer(await tokenFor(api)),
    data: { events: lifecycle("e2e-denied") },
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.message).toContain("ingest");
});
