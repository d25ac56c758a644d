import { describe, expect, it } from "vitest";
import type { Status } from "@/lib/domain/enums";
import type { SearchResult, Transaction } from "@/lib/domain/transaction";
import type { Filter, SearchRequest } from "@/lib/filters/schema";
import type { StatsRequest } from "@/lib/filters/stats-schema";
import { sampleTransaction } from "@/test/fixtures/transaction";
import { MAX_COMPUTED_BUCKETS, SAMPLE_ROWS, computedStats, narrowed } from "./computed-stats";

const NOW = Date.parse("2026-11-27T12:00:00Z");
const HOUR = 3_600_000;

/** A Track API search over rows in memory: the filter keys the computation uses, newest first, offset cursors. */
function searchOver(rows: Transaction[]) {
  const calls: SearchRequest[] = [];
  const matches = (tx: Transaction, f: Filter) =>
    (!f.receivedFrom || tx.receivedAt >= f.receivedFrom) &&
    (!f.receivedTo || tx.receivedAt < f.receivedTo) &&
    (!f.status || f.status.includes(tx.status)) &&
    (!f.errorType || (tx.errorType !== null && f.errorType.includes(tx.errorType))) &&
    (f.overdue === undefined || tx.overdue === f.overdue);
  const search = async (request: SearchRequest): Promise<SearchResult> => {
    calls.push(request);
    const all = rows
      .filter((tx) => matches(tx, request.filter))
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    const start = Number(request.page.cursor ?? 0);
    const end = start + request.page.size;
    return { items: all.slice(start, end), total: all.length, nextCursor: end < all.length ? String(end) : null };
  };
  return { search, calls };
}

const at = (hoursAgo: number) => new Date(NOW - hoursAgo * HOUR + 60_000).toISOString();
const row = (n: number, hoursAgo: number, status: Status, more: Partial<Transaction> = {}) =>
  sampleTransaction(n, { receivedAt: at(hoursAgo), status, deliveredAt: null, ...more });
const request = (more: Partial<StatsRequest> = {}): StatsRequest => ({
  filter: { receivedFrom: new Date(NOW - 24 * HOUR).toISOString(), receivedTo: new Date(NOW).toISOString() },
  bucket: "hour",
  groupBy: "status",
  timeZone: "UTC",
  ...more,
});

const ROWS = [
  row(1, 1, "delivered", { deliveredAt: at(0.9) }),
  row(2, 1, "error", { errorType: "VALIDATION_ERROR" }),
  row(3, 2, "error", { errorType: "DELIVERY_ERROR", overdue: true }),
  row(4, 5, "processing", { overdue: true, businessPartner: { id: "0037:1", name: "One" } }),
  row(5, 30, "delivered"), // before the range
];

describe("computedStats", () => {
  it("counts totals, statuses, overdue and the series from the searches' totals", async () => {
    const { search } = searchOver(ROWS);
    const stats = await computedStats(search, request(), NOW);
    expect(stats.totals).toEqual({
      total: 4,
      overdue: 2,
      byStatus: { received: 0, processing: 1, sending: 0, delivered: 1, error: 2, rejected: 0 },
    });
    expect(stats.series).toHaveLength(24);
    expect(stats.series.reduce((a, b) => a + b.total, 0)).toBe(4);
    const lastHour = stats.series.at(-1)!;
    expect(lastHour).toMatchObject({ counts: { delivered: 1, error: 1 }, total: 2 });
    expect(stats.series.at(-5)).toMatchObject({ counts: { processing: 1 }, total: 1 });
    expect(stats.computed).toMatchObject({ sample: { rows: 4, of: 4 } });
    // Many searches are no one instant: no asOf, so the charts link to the list as it is now.
    expect(stats.asOf).toBeUndefined();
  });

  it("counts the rows without a value of the groupBy dimension as none", async () => {
    const { search } = searchOver(ROWS);
    const stats = await computedStats(search, request({ groupBy: "errorType" }), NOW);
    expect(stats.series.at(-1)!.counts).toEqual({ VALIDATION_ERROR: 1, none: 1 });
  });

  it("breaks down and times deliveries from the newest rows", async () => {
    const { search } = searchOver(ROWS);
    const stats = await computedStats(search, request(), NOW);
    expect(stats.breakdowns.errorType.map((b) => [b.key, b.count])).toEqual([
      ["DELIVERY_ERROR", 1],
      ["VALIDATION_ERROR", 1],
    ]);
    expect(stats.breakdowns.partner[0]).toMatchObject({
      key: "0037:87654321",
      count: 3,
      byStatus: { delivered: 1, error: 2 },
    });
    expect(stats.throughput).toMatchObject({ delivered: 1, medianMs: 6 * 60_000, p90Ms: 6 * 60_000 });
    expect(stats.throughput.histogram.find((b) => b.count === 1)?.upToMs).toBe(900_000);
  });

  it("does not search for a status the filter leaves out", async () => {
    const { search, calls } = searchOver(ROWS);
    const base = request();
    const stats = await computedStats(search, { ...base, filter: { ...base.filter, status: ["error"] } }, NOW);
    expect(stats.totals.byStatus).toMatchObject({ error: 2, delivered: 0 });
    // Every search keeps the filter's status: none is made for a status it leaves out.
    expect(calls.every((c) => JSON.stringify(c.filter.status) === '["error"]')).toBe(true);
  });

  it("samples the newest SAMPLE_ROWS rows and says of how many", async () => {
    const many = Array.from({ length: SAMPLE_ROWS + 50 }, (_, i) => row(i + 10, 3, "delivered"));
    const { search } = searchOver(many);
    const stats = await computedStats(search, request(), NOW);
    expect(stats.computed!.sample).toEqual({ rows: SAMPLE_ROWS, of: SAMPLE_ROWS + 50 });
    expect(stats.totals.total).toBe(SAMPLE_ROWS + 50);
    expect(stats.breakdowns.documentType[0]!.count).toBe(SAMPLE_ROWS);
  });

  it("refuses a series of more buckets than it may search for, saying what to choose", async () => {
    const { search, calls } = searchOver(ROWS);
    const from = new Date(NOW - (MAX_COMPUTED_BUCKETS + 1) * HOUR).toISOString();
    const error = await computedStats(search, request({ filter: { receivedFrom: from } }), NOW).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 501, code: "not_offered" });
    expect((error as Error).message).toMatch(/201 hour buckets are too many .*choose day buckets/);
    expect(calls).toHaveLength(0);
  });
});

describe("narrowed", () => {
  it("narrows a list filter and a single-value one, or is null when the filter leaves the value out", () => {
    expect(narrowed({}, "status", "error")).toEqual({ status: ["error"] });
    expect(narrowed({ status: ["error", "rejected"] }, "status", "error")).toEqual({ status: ["error"] });
    expect(narrowed({ status: ["error"] }, "status", "delivered")).toBeNull();
    expect(narrowed({}, "direction", "inbound")).toEqual({ direction: "inbound" });
    expect(narrowed({ direction: "outbound" }, "direction", "inbound")).toBeNull();
  });

  it("is null for a value the filter excludes, and keeps the exclusion for the others", () => {
    expect(narrowed({ not: { status: ["delivered"] } }, "status", "delivered")).toBeNull();
    expect(narrowed({ not: { status: ["delivered"] } }, "status", "error")).toEqual({
      status: ["error"],
      not: { status: ["delivered"] },
    });
  });
});
