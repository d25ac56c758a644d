import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sampleStats } from "@/components/charts/stats.fixture";
import { sampleDetail, samplePage } from "@/test/fixtures/transaction";
import { TrackApiError } from "./errors";
import { RENAMED, answerJson, readSearch, readStats, readTransaction } from "./upstream-shape";

const failure = (read: () => unknown): TrackApiError => {
  try {
    read();
  } catch (error) {
    if (error instanceof TrackApiError) return error;
    throw error;
  }
  throw new Error("expected a contract error");
};
const without = <T extends object>(value: T, key: keyof T) => {
  const copy = { ...value };
  delete copy[key];
  return copy;
};

beforeEach(() => vi.spyOn(console, "error").mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

describe("readSearch", () => {
  it("returns an answer that keeps the contract", () => {
    const page = samplePage(3, 10, "next");
    expect(readSearch(JSON.parse(JSON.stringify(page)), true)).toEqual(page);
  });

  it("names the endpoint and the missing field in a 502, logged once however often it comes", () => {
    const answer = without(samplePage(2), "total");
    const error = failure(() => readSearch(answer, true));
    expect(error).toMatchObject({ status: 502, code: "upstream_contract", field: "total" });
    expect(error.message).toBe("The upstream's search answer has no `total`. (POST /track/api/transactions)");
    failure(() => readSearch(answer, true));
    expect(console.error).toHaveBeenCalledOnce();
    expect(vi.mocked(console.error).mock.calls[0]![0]).toMatch(/no `total`.*upstream-shape\.ts/);
  });

  it("names a field of a row that has a value outside the contract", () => {
    const page = samplePage(2);
    const answer = { ...page, items: [page.items[0], { ...page.items[1], status: "lost" }] };
    const error = failure(() => readSearch(answer, true));
    expect(error.field).toBe("items.1.status");
    expect(error.message).toMatch(/^The upstream's search answer has an unexpected `items\.1\.status`: /);
  });

  it("does not check a later page (only renames it)", () => {
    const answer = without(samplePage(2), "total");
    expect(readSearch(answer, false)).toEqual(answer);
  });

  it("reads the upstream's names into ours where RENAMED says so", () => {
    const page = samplePage(1);
    const { id, ...rest } = page.items[0]!;
    Object.assign(RENAMED.search, { count: "total" });
    Object.assign(RENAMED.transaction, { transactionId: "id" });
    try {
      const answer = { items: [{ ...rest, transactionId: id }], count: page.total, nextCursor: null };
      expect(readSearch(answer, true)).toEqual(page);
    } finally {
      for (const renames of [RENAMED.search, RENAMED.transaction] as Record<string, string>[])
        for (const key of Object.keys(renames)) delete renames[key];
    }
  });
});

describe("readTransaction and readStats", () => {
  it("return answers that keep the contract", () => {
    const detail = sampleDetail();
    expect(readTransaction(JSON.parse(JSON.stringify(detail)))).toEqual(detail);
    const stats = sampleStats();
    expect(readStats(JSON.parse(JSON.stringify(stats)))).toEqual(stats);
  });

  it("name their endpoint and field", () => {
    expect(failure(() => readTransaction(without(sampleDetail(), "events"))).message).toBe(
      "The upstream's transaction answer has no `events`. (GET /track/api/transactions/{id})",
    );
    const stats = sampleStats();
    const error = failure(() => readStats({ ...stats, totals: without(stats.totals, "overdue") }));
    expect(error.message).toBe(
      "The upstream's statistics answer has no `totals.overdue`. (POST /track/api/transactions/stats)",
    );
  });
});

describe("answerJson", () => {
  it("takes a body that is not JSON for a broken contract", async () => {
    const error = await answerJson(new Response("<html>"), "search").catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: "upstream_contract" });
    expect((error as Error).message).toMatch(/search answer is not what this dashboard reads: it is not JSON/);
  });
});
