import { sql } from "kysely";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { BusinessStatus } from "@/lib/domain/enums";
import { DAY_MS, HOUR_MS } from "@/lib/domain/time-buckets";
import { FACET_KEYS, type FacetKey } from "@/lib/filters/facets-schema";
import { fieldOf } from "@/lib/filters/fields";
import type { Filter } from "@/lib/filters/schema";
import { ingestEventSchema, type IngestEvent } from "@/lib/track-api/ingest/schema";
import { generateHistory } from "@/lib/track-api/simulate";
import { STORE_BACKEND } from "@/test/store-backend";
import { FIXTURE_NOW, memoryDb } from "@/test/store-fixtures";
import { dialectOf } from "./connection";
import type { Db } from "./db";
import { transactionFacets, withoutField } from "./facets";
import { FILTER_COLUMNS } from "./filter-columns";
import { planEventText, plannedEventText } from "./event-text";
import { whereFilter } from "./filter-sql";
import { tenantStore } from "./index";

let db: Db;

/** The sum of a field's counts. */
const countSum = (counts: readonly { count: number }[]) => counts.reduce((a, f) => a + f.count, 0);

beforeAll(async () => {
  db = await memoryDb();
  for (const [tenant, count] of [
    ["acme", 700],
    ["globex", 300],
  ] as const) {
    for (const batch of generateHistory({ tenantId: tenant, seed: 16, count, days: 5, now: FIXTURE_NOW })) {
      await tenantStore(db, tenant).ingest(
        batch.map((e: IngestEvent) => ingestEventSchema.parse(e)),
        FIXTURE_NOW,
      );
    }
  }
}, 120_000);

/** The brute-force answer: a GROUP BY over the rows matching the filter without the field's own clause. */
async function bruteForce(tenantId: string, filter: Filter, key: FacetKey) {
  const column = FILTER_COLUMNS[key];
  const rows = await db
    .selectFrom("transactions")
    .select([column, (eb) => eb.fn.countAll<number>().as("n")])
    .where(whereFilter(tenantId, withoutField(filter, key), FIXTURE_NOW))
    .groupBy(column)
    .execute();
  const byValue = new Map(rows.map((r) => [String((r as Record<string, unknown>)[column]), Number(r.n)]));
  return fieldOf(key).values.map((value) => ({ value, count: byValue.get(value) ?? 0 }));
}

const iso = (ms: number) => new Date(ms).toISOString();
const FILTERS: Filter[] = [
  {},
  { status: ["error", "rejected"] },
  { not: { status: ["delivered"] } },
  { status: ["error"], errorType: ["VALIDATION_ERROR", "DELIVERY_ERROR"], documentType: ["invoice"] },
  { not: { errorType: ["VALIDATION_ERROR"], documentType: ["order"] }, direction: "outbound" },
  // An unaligned received range: whole weeks, days and hours from the rollups, partial hours from the rows.
  {
    receivedFrom: iso(FIXTURE_NOW - 3 * DAY_MS - 17 * 60_000),
    receivedTo: iso(FIXTURE_NOW - 5 * HOUR_MS + 23 * 60_000),
    inChannel: ["peppol", "email"],
    not: { outChannel: ["print"] },
  },
  // Filters the rollups cannot answer: business status, free text, overdue, a partner.
  { businessStatus: ["paid", "accepted"], status: ["delivered"] },
  { not: { businessStatus: ["rejected"] }, format: ["peppolBis3", "edifact"] },
  { q: "oy", status: ["delivered", "error"] },
  { overdue: true, not: { documentType: ["invoice"] } },
  { updatedFrom: iso(FIXTURE_NOW - 2 * DAY_MS), errorType: ["UNKNOWN_RECIPIENT"] },
];

describe("transactionFacets", () => {
  it.each(FILTERS.map((filter) => [JSON.stringify(filter), filter] as const))(
    "counts every field's values under %s without the field's own clause",
    async (_name, filter) => {
      const result = await transactionFacets(db, "acme", { filter }, FIXTURE_NOW);
      expect(result.exact).toBe(true);
      expect(Object.keys(result.facets)).toEqual(FACET_KEYS);
      for (const key of FACET_KEYS)
        expect(result.facets[key], `${key} under ${JSON.stringify(filter)}`).toEqual(
          await bruteForce("acme", filter, key),
        );
    },
  );

  it.each([
    ["collected", "unknown_recipient", undefined],
    ["of too many transactions to collect", "archived", 1],
  ])("counts every field's values under a message text %s", async (_how, text, collectLimit) => {
    const request = await planEventText(db, "acme", { filter: { text } }, collectLimit);
    expect(plannedEventText(request.filter)?.keys !== undefined, text).toBe(collectLimit === undefined);
    const result = await transactionFacets(db, "acme", request, FIXTURE_NOW);
    expect(result.exact).toBe(true);
    expect(countSum(result.facets.status)).toBeGreaterThan(0);
    for (const key of FACET_KEYS)
      expect(result.facets[key], `${key} under ${text}`).toEqual(await bruteForce("acme", request.filter, key));
    // Beyond the limit (twice the limit for a collected text, which has 6 here), the newest matches.
    const capped = await transactionFacets(db, "acme", request, FIXTURE_NOW, 2);
    expect(capped.exact).toBe(false);
    expect(countSum(capped.facets.status)).toBe(2);
  });

  it("reads a collected message text whole up to twice the limit, and its newest matches beyond", async () => {
    const request = await planEventText(db, "acme", { filter: { text: "unknown_recipient" } });
    const count = plannedEventText(request.filter)!.count!;
    expect(count).toBeGreaterThanOrEqual(3);
    const whole = await transactionFacets(db, "acme", request, FIXTURE_NOW, Math.ceil(count / 2));
    expect(whole.exact).toBe(true);
    expect(countSum(whole.facets.status)).toBe(count);
    for (const key of FACET_KEYS) expect(whole.facets[key], key).toEqual(await bruteForce("acme", request.filter, key));
    const newest = await transactionFacets(db, "acme", request, FIXTURE_NOW, Math.ceil(count / 2) - 1);
    expect(newest.exact).toBe(false);
    expect(countSum(newest.facets.status)).toBe(Math.ceil(count / 2) - 1);
  });

  it("counts something in every field, and the filter's own values of a field as the search would", async () => {
    const filter: Filter = { documentType: ["invoice"] };
    const result = await transactionFacets(db, "acme", { filter }, FIXTURE_NOW);
    for (const key of FACET_KEYS)
      expect(
        result.facets[key].some((f) => f.count > 0),
        key,
      ).toBe(true);
    // The document type facet ignores the document type filter; every other facet counts only invoices.
    const total = await tenantStore(db, "acme").search({
      filter,
      sort: { field: "receivedAt", direction: "desc" },
      page: { size: 1 },
    });
    expect(result.facets.documentType.find((f) => f.value === "invoice")!.count).toBe(total.total);
    expect(countSum(result.facets.status)).toBe(total.total);
    expect(countSum(result.facets.documentType)).toBeGreaterThan(total.total);
  });

  it("says when a count the rollups cannot answer read only the newest rows of its limit", async () => {
    // The rollups do not count by the time of the last update.
    const filter: Filter = { updatedFrom: new Date(0).toISOString() };
    const capped = await transactionFacets(db, "acme", { filter, fields: ["status"] }, FIXTURE_NOW, 50);
    expect(capped.exact).toBe(false);
    expect(capped.scanLimit).toBe(50);
    expect(countSum(capped.facets.status)).toBe(50);
    // The rollups' fields stay exact beside them.
    const rollups = await transactionFacets(db, "acme", { filter: {}, fields: ["status"] }, FIXTURE_NOW, 50);
    expect(rollups.exact).toBe(true);
    expect(countSum(rollups.facets.status)).toBe(700);
  });

  it("counts every field of a range and status filter from the rollups, business status included", async () => {
    const filter: Filter = { status: ["error", "delivered"] };
    const all = await transactionFacets(db, "acme", { filter }, FIXTURE_NOW, 50);
    expect(all.exact).toBe(true);
    const total = async (f: Filter) =>
      (
        await tenantStore(db, "acme").search({
          filter: f,
          sort: { field: "receivedAt", direction: "desc" },
          page: { size: 1 },
        })
      ).total;
    // Every transaction with a business status, counted per value.
    const counted = countSum(all.facets.businessStatus);
    expect(counted).toBeGreaterThan(50);
    expect(counted).toBe(
      (await total(filter)) -
        (await total({ ...filter, not: { businessStatus: [...fieldOf("businessStatus").values] } })),
    );
  });

  it("counts business status beside a document type and an exclusion from the rollups", async () => {
    const filter: Filter = { documentType: ["invoice"], not: { status: ["delivered"] } };
    const all = await transactionFacets(db, "acme", { filter }, FIXTURE_NOW, 50);
    expect(all.exact).toBe(true);
    for (const { value, count } of all.facets.businessStatus) {
      const { total } = await tenantStore(db, "acme").search({
        filter: { ...filter, businessStatus: [value as BusinessStatus] },
        sort: { field: "receivedAt", direction: "desc" },
        page: { size: 1 },
      });
      expect(count, value).toBe(total);
    }
    expect(countSum(all.facets.businessStatus)).toBeGreaterThan(0);
  });

  it("reads the rows of a count the rollups cannot answer through the backend's serial read", async () => {
    const serialRead = vi.spyOn(dialectOf(db), "serialRead");
    try {
      const filter: Filter = { updatedFrom: new Date(0).toISOString() };
      const result = await transactionFacets(db, "acme", { filter, fields: ["status"] }, FIXTURE_NOW);
      expect(countSum(result.facets.status)).toBe(700);
      expect(serialRead).toHaveBeenCalledTimes(1);
    } finally {
      serialRead.mockRestore();
    }
  });

  it.runIf(STORE_BACKEND === "postgres")("reads serially without parallel workers, for that read only", async () => {
    const workers = async (d: Db) =>
      (await sql<{ n: string }>`select current_setting('max_parallel_workers_per_gather') as n`.execute(d)).rows[0]!.n;
    const outside = await workers(db);
    expect(outside).not.toBe("0");
    expect(await dialectOf(db).serialRead(db, workers)).toBe("0");
    expect(await workers(db)).toBe(outside);
  });

  it("answers only the fields asked for", async () => {
    const result = await transactionFacets(db, "acme", { filter: {}, fields: ["errorType", "status"] }, FIXTURE_NOW);
    expect(Object.keys(result.facets)).toEqual(["status", "errorType"]);
  });

  it("counts only the tenant's own transactions", async () => {
    const acme = await transactionFacets(db, "acme", { filter: {} }, FIXTURE_NOW);
    const globex = await transactionFacets(db, "globex", { filter: {} }, FIXTURE_NOW);
    expect(countSum(acme.facets.status)).toBe(700);
    expect(countSum(globex.facets.status)).toBe(300);
    for (const filter of [{}, { businessStatus: ["paid"] }] as Filter[])
      for (const key of FACET_KEYS)
        expect((await transactionFacets(db, "globex", { filter }, FIXTURE_NOW)).facets[key]).toEqual(
          await bruteForce("globex", filter, key),
        );
  });
});
