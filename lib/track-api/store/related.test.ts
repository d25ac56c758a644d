import { describe, expect, it } from "vitest";
import type { DocumentType } from "@/lib/domain/enums";
import type { IngestEvent } from "@/lib/track-api/ingest/schema";
import { FIXTURE_NOW, lifecycle, memoryDb, parseEvents } from "@/test/store-fixtures";
import { tenantStore } from "./index";

/** Transaction `n` (tx-000n) as a document of `type` numbered `number`, referencing `reference`. */
function doc(n: number, type: DocumentType, number: string, reference?: string, partner = "0037:10000001") {
  const events = lifecycle(n, n % 2 ? "delivered" : "error");
  const [received, ...rest] = events;
  const transaction = {
    ...received.transaction!,
    documentType: type,
    documentNumber: number,
    businessPartner: { id: partner, name: `Partner ${partner}` },
    ...(reference ? { reference } : {}),
  };
  return [{ ...received, transaction } as IngestEvent, ...rest];
}

const chain = () => [
  ...doc(1, "order", "PO-1"),
  ...doc(2, "orderResponse", "ORDRSP-1", "PO-1"),
  ...doc(3, "despatchAdvice", "DESADV-1", "PO-1"),
  ...doc(4, "invoice", "INV-1", "PO-1"),
  ...doc(5, "invoiceResponse", "IR-1", "INV-1"),
  // Not part of the chain: another order, and another partner's document with the same number.
  ...doc(6, "order", "PO-2"),
  ...doc(7, "orderResponse", "ORDRSP-9", "PO-1", "0037:20000002"),
];

async function related(tenant: string, id: string, events: IngestEvent[], others: IngestEvent[] = []) {
  const db = await memoryDb();
  await tenantStore(db, tenant).ingest(parseEvents(events), FIXTURE_NOW);
  if (others.length) await tenantStore(db, "globex").ingest(parseEvents(others), FIXTURE_NOW);
  const found = await tenantStore(db, tenant).get(id, FIXTURE_NOW);
  await db.destroy();
  return found;
}

describe("related transactions", () => {
  it("lists what a document references, what references it and the chain, oldest first, with statuses", async () => {
    const found = await related("acme", "tx-0004", chain());
    expect(found?.reference).toBe("PO-1");
    expect(found?.related.map((r) => [r.id, r.documentType, r.documentNumber, r.relation, r.status])).toEqual([
      ["tx-0001", "order", "PO-1", "referenced", "delivered"],
      ["tx-0002", "orderResponse", "ORDRSP-1", "sibling", "error"],
      ["tx-0003", "despatchAdvice", "DESADV-1", "sibling", "delivered"],
      ["tx-0005", "invoiceResponse", "IR-1", "referencing", "delivered"],
    ]);
    expect(found?.related[0].receivedAt).toMatch(/^2026-11-20T08:10:00(\.000)?Z$/);
  });

  it("follows the chain from its start and from its end", async () => {
    const order = await related("acme", "tx-0001", chain());
    expect(order?.reference).toBeNull();
    expect(order?.related.map((r) => `${r.id} ${r.relation}`)).toEqual([
      "tx-0002 referencing",
      "tx-0003 referencing",
      "tx-0004 referencing",
      "tx-0005 chain",
    ]);
    const response = await related("acme", "tx-0005", chain());
    expect(response?.related.map((r) => `${r.id} ${r.relation}`)).toEqual([
      "tx-0001 chain",
      "tx-0002 chain",
      "tx-0003 chain",
      "tx-0004 referenced",
    ]);
  });

  it("is empty for a document that nothing references", async () => {
    expect((await related("acme", "tx-0006", chain()))?.related).toEqual([]);
  });

  it("never shows another tenant's documents, even with the same numbers", async () => {
    const globex = [...doc(11, "order", "PO-1"), ...doc(12, "invoiceResponse", "IR-7", "INV-1")];
    const found = await related("acme", "tx-0004", chain(), globex);
    expect(found?.related.map((r) => r.id)).toEqual(["tx-0001", "tx-0002", "tx-0003", "tx-0005"]);
    // And from Globex's side, Acme's chain is not there.
    const db = await memoryDb();
    await tenantStore(db, "acme").ingest(parseEvents(chain()), FIXTURE_NOW);
    await tenantStore(db, "globex").ingest(parseEvents(globex), FIXTURE_NOW);
    expect((await tenantStore(db, "globex").get("tx-0011", FIXTURE_NOW))?.related).toEqual([]);
    await db.destroy();
  });

  it("stops at twenty documents, the closest relations kept", async () => {
    const many = [
      ...doc(1, "order", "PO-1"),
      ...Array.from({ length: 25 }, (_, i) => doc(20 + i, "despatchAdvice", `DESADV-${i}`, "PO-1")).flat(),
    ];
    const found = await related("acme", "tx-0020", many);
    expect(found?.related).toHaveLength(20);
    expect(found?.related.filter((r) => r.relation === "referenced").map((r) => r.id)).toEqual(["tx-0001"]);
  });
});
