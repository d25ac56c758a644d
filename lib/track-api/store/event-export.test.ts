import { beforeAll, describe, expect, it } from "vitest";
import type { EventExtractRow } from "@/lib/domain/event-extract";
import type { Filter, Sort } from "@/lib/filters/schema";
import { FIXTURE_NOW, searchFixtureDb } from "@/test/store-fixtures";
import type { Db } from "./db";
import { exportEvents } from "./event-export";
import { exportTransactions } from "./export";
import { tenantStore } from "./index";

let db: Db;

beforeAll(async () => {
  db = await searchFixtureDb(30);
});

async function extracted(filter: Filter, sort: Sort) {
  const { transactions, chunks } = await exportEvents(db, "acme", { filter, sort }, FIXTURE_NOW);
  const rows: EventExtractRow[] = [];
  for await (const chunk of chunks) rows.push(...chunk);
  return { transactions, rows };
}

/** What the drill-down shows: each transaction of the export with its events, in the same orders. */
async function expected(filter: Filter, sort: Sort) {
  const { chunks } = await exportTransactions(db, "acme", { filter, sort }, FIXTURE_NOW);
  const rows: { transactionId: string; eventId: string; status: string }[] = [];
  for await (const chunk of chunks)
    for (const t of chunk) {
      const stored = await tenantStore(db, "acme").get(t.id, FIXTURE_NOW);
      for (const event of stored!.events) rows.push({ transactionId: t.id, eventId: event.id, status: t.status });
    }
  return rows;
}

describe("exportEvents", () => {
  it.each<[string, Filter, Sort]>([
    ["everything, newest first", {}, { field: "receivedAt", direction: "desc" }],
    ["errors by amount", { status: ["error", "rejected"] }, { field: "amount", direction: "asc" }],
    ["free text", { q: "acme" }, { field: "documentNumber", direction: "asc" }],
  ])(
    "gives every event of the matching transactions: transactions in the search's order, events in lifecycle order (%s)",
    async (_name, filter, sort) => {
      const want = await expected(filter, sort);
      const { transactions, rows } = await extracted(filter, sort);
      expect(want.length).toBeGreaterThan(transactions);
      expect(rows.map((r) => ({ transactionId: r.transactionId, eventId: r.id, status: r.transactionStatus }))).toEqual(
        want,
      );
    },
  );

  it("carries each event's transaction context", async () => {
    const { rows } = await extracted({ status: ["error"] }, { field: "receivedAt", direction: "desc" });
    const first = rows[0]!;
    const stored = await tenantStore(db, "acme").get(first.transactionId, FIXTURE_NOW);
    expect(first).toMatchObject({
      documentType: stored!.transaction.documentType,
      documentNumber: stored!.transaction.documentNumber,
      transactionStatus: "error",
      businessPartner: stored!.transaction.businessPartner,
    });
    expect(stored!.events[0]).toEqual({
      id: first.id,
      transactionId: first.transactionId,
      occurredAt: first.occurredAt,
      ingestedAt: first.ingestedAt,
      type: first.type,
      step: first.step,
      level: first.level,
      message: first.message,
      errorCode: first.errorCode,
    });
  });

  it("never gives another tenant's events, and nothing for a filter that matches nothing", async () => {
    const acme = await extracted({}, { field: "receivedAt", direction: "desc" });
    const globexIds = new Set((await extractedFor("globex")).map((r) => r.transactionId));
    expect(globexIds.size).toBeGreaterThan(0);
    expect(acme.rows.some((r) => globexIds.has(r.transactionId))).toBe(false);
    expect((await extracted({ q: "no-such-text" }, { field: "receivedAt", direction: "desc" })).rows).toEqual([]);
  });
});

async function extractedFor(tenant: string) {
  const { chunks } = await exportEvents(db, tenant, { filter: {}, sort: { field: "receivedAt", direction: "desc" } });
  const rows: EventExtractRow[] = [];
  for await (const chunk of chunks) rows.push(...chunk);
  return rows;
}
