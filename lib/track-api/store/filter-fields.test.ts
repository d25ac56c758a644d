import { beforeAll, describe, expect, it } from "vitest";
import { parseSearchQuery } from "@/lib/bff/search-query";
import type { Transaction } from "@/lib/domain/transaction";
import type { FieldDef, Kind } from "@/lib/filters/field-types";
import { EXCLUDE_PREFIX } from "@/lib/filters/exclusion";
import { EXCLUDABLE_FIELDS, FILTER_FIELDS, FILTER_KEYS } from "@/lib/filters/fields";
import { statsRequestSchema } from "@/lib/filters/stats-schema";
import { loadSearch } from "@/lib/filters/url-codec";
import type { IngestEvent } from "@/lib/track-api/ingest/schema";
import { searchApiUrl } from "@/lib/queries/transactions";
import { FIXTURE_NOW, lifecycle, parseEvents, searchFixtureDb } from "@/test/store-fixtures";
import type { Db } from "./db";
import { tenantStore } from "./index";

// For every field of the registry (lib/filters/fields.ts), a value set in the page's URL must reach
// the Track API request and narrow the store's rows to exactly the matching ones. The cases come from
// the registry, not from a list here: a new field is tested as soon as it is declared.

let db: Db;
let rows: Transaction[];
/** When each transaction was first stored (the store keeps it; the API does not show it). */
let ingestedAt: Map<string, number>;
/** Each transaction's event texts (message and error code), lower-cased. */
let eventTexts: Map<string, string[]>;

/** Transactions unlike the base fixture's: other channels, format, receiver and profile, and recipients' business statuses. */
function variety(): IngestEvent[] {
  return [61, 62, 63, 64].flatMap((n) => {
    const events = lifecycle(n, "delivered", 200 + n * 10);
    Object.assign(events[0].transaction!, {
      inChannel: "as2",
      format: "edifact",
      receiver: { id: "0037:88888888", name: "Globex Oy" },
      serviceProfile: "Order-to-Cash",
    });
    const delivered = Date.parse(events.at(-1)!.occurredAt);
    const response: IngestEvent = {
      eventId: `tx-00${n}:9`,
      transactionId: `tx-00${n}`,
      occurredAt: new Date(delivered + 60_000).toISOString(),
      type: "INVOICE_RESPONSE_RECEIVED",
      step: "NETWORK",
      businessStatus: n % 2 ? "paid" : "underQuery",
    };
    return [...events, response];
  });
}

beforeAll(async () => {
  db = await searchFixtureDb(60);
  await tenantStore(db, "acme").ingest(parseEvents(variety()), FIXTURE_NOW);
  rows = (
    await tenantStore(db, "acme").search(
      { filter: {}, sort: { field: "receivedAt", direction: "desc" }, page: { size: 500 } },
      FIXTURE_NOW,
    )
  ).items;
  const stored = await db
    .selectFrom("transactions")
    .select(["id", "ingested_at"])
    .where("tenant_id", "=", "acme")
    .execute();
  ingestedAt = new Map(stored.map((r) => [r.id, Number(r.ingested_at)]));
  const events = await db
    .selectFrom("events")
    .select(["transaction_id", "message", "error_code"])
    .where("tenant_id", "=", "acme")
    .execute();
  eventTexts = new Map();
  for (const e of events)
    eventTexts.set(e.transaction_id, [
      ...(eventTexts.get(e.transaction_id) ?? []),
      `${e.message ?? ""} ${e.error_code ?? ""}`.toLowerCase(),
    ]);
});

/** A field's URL value picked from the rows, and whether a transaction matches it. */
interface Sample {
  url: Record<string, string>;
  matches: (tx: Transaction) => boolean;
}

const prop = (tx: Transaction, key: string) => (tx as unknown as Record<string, unknown>)[key];

/** The value of `of` held by the most rows, short of all of them (so the filter narrows). */
function narrowing<T>(of: (tx: Transaction) => T | null | undefined): T {
  const counts = new Map<T, number>();
  for (const tx of rows) {
    const value = of(tx);
    if (value !== null && value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const [best] = [...counts].filter(([, n]) => n < rows.length).sort((a, b) => b[1] - a[1]);
  if (!best) throw new Error("the fixture has no value that narrows this field: give it some variety");
  return best[0];
}

/** How to sample a field of each kind; a new kind does not compile until it has a way. */
const SAMPLE: { [K in Kind]: (field: Extract<FieldDef, { kind: K }>) => Sample } = {
  text: (field) => {
    const q = narrowing((tx) => tx.documentNumber);
    const text = (tx: Transaction) =>
      [
        tx.id,
        tx.documentNumber,
        tx.sender?.id,
        tx.sender?.name,
        tx.receiver?.id,
        tx.receiver?.name,
        tx.businessPartner?.id,
        tx.businessPartner?.name,
      ].join(" ");
    return { url: { [field.url]: q }, matches: (tx) => text(tx).toLowerCase().includes(q.toLowerCase()) };
  },
  eventText: (field) => {
    // Two words of one event, in another order and case than the message has them.
    const words = ["RECIPIENT", "unknown"];
    const has = (text: string) => words.every((w) => text.includes(w.toLowerCase()));
    return { url: { [field.url]: words.join(" ") }, matches: (tx) => (eventTexts.get(tx.id) ?? []).some(has) };
  },
  enumSet: (field) => {
    const value = narrowing((tx) => prop(tx, field.key) as string);
    return { url: { [field.url]: value }, matches: (tx) => prop(tx, field.key) === value };
  },
  enum: (field) => {
    const value = narrowing((tx) => prop(tx, field.key) as string);
    return { url: { [field.url]: value }, matches: (tx) => prop(tx, field.key) === value };
  },
  participant: (field) => {
    const id = narrowing((tx) => (prop(tx, field.key) as Transaction["sender"])?.id);
    return { url: { [field.url]: id }, matches: (tx) => (prop(tx, field.key) as Transaction["sender"])?.id === id };
  },
  textSet: (field) => {
    const value = narrowing((tx) => prop(tx, field.key) as string);
    return { url: { [field.url]: value }, matches: (tx) => prop(tx, field.key) === value };
  },
  boolean: (field) => ({ url: { [field.url]: "true" }, matches: (tx) => prop(tx, field.key) === true }),
  instant: (field) => {
    // The fixture is stored in two batches: as of the first, the second's transactions are left out.
    const [first] = [...new Set(ingestedAt.values())].sort((a, b) => a - b);
    return {
      url: { [field.url]: new Date(first).toISOString() },
      matches: (tx) => ingestedAt.get(tx.id)! <= first,
    };
  },
  timeRange: (field) => {
    const times = rows.map((tx) => Date.parse(tx[field.of])).sort((a, b) => a - b);
    const [from, to] = [times[Math.floor(times.length / 4)], times[Math.floor((times.length * 3) / 4)]];
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      url: { [field.from.url]: iso(from), [field.to.url]: iso(to) },
      matches: (tx) => Date.parse(tx[field.of]) >= from && Date.parse(tx[field.of]) < to,
    };
  },
};

const keysOf = (field: FieldDef) => (field.kind === "timeRange" ? [field.from.key, field.to.key] : [field.key]);
const nameOf = (field: FieldDef) => (field.kind === "timeRange" ? `${field.from.key}/${field.to.key}` : field.key);

describe("every registry field, from the URL to the rows", () => {
  it("covers every Track API filter key", () => {
    expect(FILTER_FIELDS.flatMap(keysOf).sort()).toEqual([...FILTER_KEYS].sort());
  });

  it.each(FILTER_FIELDS.map((field) => [nameOf(field), field] as const))("%s", async (_name, field) => {
    const sample = (SAMPLE[field.kind] as (f: FieldDef) => Sample)(field);
    const query = `?${new URLSearchParams(sample.url)}`;

    // The page's state, as the browser sends it to the BFF, which parses it with the same codec.
    const bffUrl = new URL(searchApiUrl("/api/transactions", loadSearch(query)), "http://localhost");
    for (const [param, value] of Object.entries(sample.url)) expect(bffUrl.searchParams.get(param), param).toBe(value);
    const parsed = parseSearchQuery(bffUrl.searchParams, 500);
    if (!parsed.ok) throw new Error(`${query}: ${parsed.problem.message}`);
    expect(Object.keys(parsed.request.filter).sort()).toEqual(keysOf(field).sort());

    // The Track API store answers exactly the matching rows: the field's SQL clause took part.
    const expected = rows.filter(sample.matches).map((tx) => tx.id);
    expect(expected.length, "rows the sample matches").toBeGreaterThan(0);
    expect(expected.length, "rows the sample matches").toBeLessThan(rows.length);
    const found = await tenantStore(db, "acme").search(parsed.request, FIXTURE_NOW);
    expect(found.items.map((tx) => tx.id)).toEqual(expected);
    expect(found.total).toBe(expected.length);
  });
});

describe("every enumerated field's exclusion, from the URL (`!`) to the rows", () => {
  it.each(EXCLUDABLE_FIELDS.map((field) => [field.key, field] as const))("%s", async (_name, field) => {
    const value = narrowing((tx) => prop(tx, field.key) as string);
    const query = `?${field.url}=${EXCLUDE_PREFIX}${value}`;
    const bffUrl = new URL(searchApiUrl("/api/transactions", loadSearch(query)), "http://localhost");
    expect(bffUrl.searchParams.get(field.url)).toBe(`${EXCLUDE_PREFIX}${value}`);
    const parsed = parseSearchQuery(bffUrl.searchParams, 500);
    if (!parsed.ok) throw new Error(`${query}: ${parsed.problem.message}`);
    expect(parsed.request.filter).toEqual({ not: { [field.key]: [value] } });

    // Rows without a value for the field are kept: an exclusion leaves out only the named values.
    const expected = rows.filter((tx) => prop(tx, field.key) !== value).map((tx) => tx.id);
    expect(expected.length).toBeLessThan(rows.length);
    const found = await tenantStore(db, "acme").search(parsed.request, FIXTURE_NOW);
    expect(found.items.map((tx) => tx.id)).toEqual(expected);
    expect(found.total).toBe(expected.length);
  });

  it("a bad excluded value names the URL parameter", () => {
    const parsed = parseSearchQuery(new URLSearchParams(`status=${EXCLUDE_PREFIX}lost`));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problem).toMatchObject({ param: "status", message: expect.stringContaining('"lost"') });
  });

  it("counts with an exclusion equal the rows' (the stats read rows, not rollups)", async () => {
    const times = rows.map((tx) => Date.parse(tx.receivedAt));
    const range = {
      receivedFrom: new Date(Math.min(...times)).toISOString(),
      receivedTo: new Date(Math.max(...times) + 1).toISOString(),
    };
    const request = { filter: { ...range, not: { status: ["delivered"] } }, bucket: "day" };
    const expected = rows.filter((tx) => tx.status !== "delivered").length;
    const stats = await tenantStore(db, "acme").stats(statsRequestSchema.parse(request), FIXTURE_NOW);
    expect(stats.totals.total).toBe(expected);
    expect(stats.totals.byStatus.delivered).toBe(0);
  });
});
