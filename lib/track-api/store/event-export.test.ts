import { beforeAll, describe, expect, it } from "vitest";
import { csvHeaderOf, csvRowsOf } from "@/lib/domain/csv";
import {
  EVENT_CSV_COLUMNS,
  eventExtractRows,
  eventExtractStream,
  type EventExtractFormat,
  type EventExtractRow,
} from "@/lib/domain/event-extract";
import type { IngestEvent } from "@/lib/track-api/ingest/schema";
import type { Filter, Sort } from "@/lib/filters/schema";
import { FIXTURE_NOW, lifecycle, memoryDb, parseEvents, searchFixtureDb } from "@/test/store-fixtures";
import type { Db } from "./db";
import { exportEventGroups, exportEvents } from "./event-export";
import { exportTransactions } from "./export";
import { tenantStore } from "./index";

let db: Db;

beforeAll(async () => {
  db = await searchFixtureDb(30);
});

async function extracted(filter: Filter, sort: Sort) {
  const { transactions, chunks } = await exportEventGroups(db, "acme", { filter, sort }, FIXTURE_NOW);
  const rows: EventExtractRow[] = [];
  for await (const chunk of chunks) for (const group of chunk) rows.push(...eventExtractRows(group));
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
      expect(want.length).toBeGreaterThan(transactions ?? Infinity);
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
  const { chunks } = await exportEventGroups(db, tenant, {
    filter: {},
    sort: { field: "receivedAt", direction: "desc" },
  });
  const rows: EventExtractRow[] = [];
  for await (const chunk of chunks) for (const group of chunk) rows.push(...eventExtractRows(group));
  return rows;
}

describe("the extract's text", () => {
  let mixed: Db;
  const sort: Sort = { field: "receivedAt", direction: "desc" };
  const at = (minutes: number) => new Date(FIXTURE_NOW - 3_600_000 + minutes * 60_000).toISOString();

  beforeAll(async () => {
    mixed = await memoryDb();
    const [received, validated, ...rest] = lifecycle(1, "delivered", 0);
    const awkward: IngestEvent[] = [
      // Written fields that CSV must quote or neutralise and JSON must escape; unicode as it is.
      { ...received!, message: 'He said "hello", then: left\nfor good\r\n', errorCode: "=SUM(A1)" },
      { ...validated!, message: "tab\there, back\\slash, bell\u0007, emoji 😀, ümlaut, 中文, lone \ud800" },
      ...rest,
    ];
    // Simultaneous events ingested out of lifecycle order, and ids whose order differs between
    // JavaScript and a collation that ignores case ("B" < "a" in code units).
    const instant = at(30);
    const simultaneous: IngestEvent[] = [
      { eventId: "x:SENT", transactionId: "tx-same", occurredAt: instant, type: "SENT", step: "OUTBOUND" },
      { eventId: "x:a", transactionId: "tx-same", occurredAt: instant, type: "ROUTED", step: "ROUTING" },
      { eventId: "x:B", transactionId: "tx-same", occurredAt: instant, type: "ROUTED", step: "ROUTING" },
      { eventId: "x:first", transactionId: "tx-same", occurredAt: at(29), type: "RECEIVED", step: "INBOUND" },
    ];
    // No metadata (here and above): document type, number and business partner are null.
    const bare: IngestEvent[] = [
      { eventId: "bare,1", transactionId: 'tx-"bare",1', occurredAt: at(40), type: "RECEIVED", step: "INBOUND" },
      {
        eventId: "bare 2",
        transactionId: 'tx-"bare",1',
        occurredAt: at(41),
        type: "ERROR",
        step: "ROUTING",
        level: "ERROR",
      },
    ];
    const many = Array.from({ length: 7 }, (_, i) => lifecycle(i + 2, "error", 50 + i * 5)).flat();
    await tenantStore(mixed, "acme").ingest(parseEvents([...awkward, ...simultaneous, ...bare, ...many]), FIXTURE_NOW);
  });

  /** The drill-down's events of each transaction of the search, as the rows of an extract. */
  async function drillDown(): Promise<EventExtractRow[]> {
    const { chunks } = await exportTransactions(mixed, "acme", { filter: {}, sort }, FIXTURE_NOW);
    const rows: EventExtractRow[] = [];
    for await (const chunk of chunks)
      for (const t of chunk)
        for (const event of (await tenantStore(mixed, "acme").get(t.id, FIXTURE_NOW))!.events)
          rows.push({
            ...event,
            documentType: t.documentType,
            documentNumber: t.documentNumber,
            transactionStatus: t.status,
            businessPartner: t.businessPartner,
          });
    return rows;
  }

  async function text(format: EventExtractFormat, chunk: number) {
    const { texts } = await exportEvents(mixed, "acme", { filter: {}, sort }, format, FIXTURE_NOW, chunk);
    return new Response(eventExtractStream(texts, format)).text();
  }

  it.each([1, 3, 1_000])(
    "writes the drill-down's events byte for byte as NDJSON and CSV (chunks of %i transactions)",
    async (chunk) => {
      const rows = await drillDown();
      expect(rows.length).toBe(4 + 5 + 2 + 7 * 3);
      expect(rows.filter((r) => r.documentNumber === null && r.businessPartner === null)).toHaveLength(6);
      expect(rows.filter((r) => r.transactionId === "tx-same").map((r) => r.id)).toEqual([
        "x:first",
        "x:B",
        "x:a",
        "x:SENT",
      ]);
      expect(await text("ndjson", chunk)).toBe(rows.map((row) => JSON.stringify(row) + "\n").join(""));
      expect(await text("csv", chunk)).toBe(csvHeaderOf(EVENT_CSV_COLUMNS) + csvRowsOf(EVENT_CSV_COLUMNS, rows));
    },
  );
});
