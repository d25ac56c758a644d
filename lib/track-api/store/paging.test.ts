import { beforeAll, describe, expect, it } from "vitest";
import type { SearchResult } from "@/lib/domain/transaction";
import { searchRequestSchema, type Sort } from "@/lib/filters/schema";
import { FIXTURE_NOW, lifecycle, memoryDb, parseEvents, searchFixtureDb } from "@/test/store-fixtures";
import type { Db } from "./db";
import { tenantStore } from "./index";

const ids = (page: SearchResult) => page.items.map((t) => t.id);

async function search(db: Db, sort: Sort, size: number, cursor?: string | null) {
  const body = { filter: {}, sort, page: { size, ...(cursor ? { cursor } : {}) } };
  return tenantStore(db, "acme").search(searchRequestSchema.parse(body), FIXTURE_NOW);
}

/** Every page forward from the first, then every page back from the last through prevCursor. */
async function bothWays(db: Db, sort: Sort, size: number) {
  const forward: SearchResult[] = [await search(db, sort, size)];
  while (forward.at(-1)!.nextCursor) forward.push(await search(db, sort, size, forward.at(-1)!.nextCursor));
  const backward: SearchResult[] = [forward.at(-1)!];
  while (backward.at(-1)!.prevCursor) backward.push(await search(db, sort, size, backward.at(-1)!.prevCursor));
  return { forward, backward: backward.reverse() };
}

describe("keyset paging both ways", () => {
  let db: Db;
  beforeAll(async () => {
    db = await searchFixtureDb(60);
  });

  // Status and received time have long runs of equal keys (three rows a minute): the id breaks the ties.
  for (const sort of [
    { field: "status", direction: "asc" },
    { field: "status", direction: "desc" },
    { field: "receivedAt", direction: "desc" },
    { field: "amount", direction: "asc" },
    { field: "documentNumber", direction: "desc" },
  ] as const) {
    it(`goes back over the same pages it went forward, ties included, sorted by ${sort.field} ${sort.direction}`, async () => {
      const { forward, backward } = await bothWays(db, sort, 7);
      expect(forward).toHaveLength(9);
      expect(backward.map(ids)).toEqual(forward.map(ids));
      expect(new Set(forward.flatMap(ids)).size).toBe(60);
      // Each page knows the rows before it, whichever way it was reached.
      expect(forward.map((page) => page.offset)).toEqual([0, 7, 14, 21, 28, 35, 42, 49, 56]);
      expect(backward.map((page) => page.offset)).toEqual([0, 7, 14, 21, 28, 35, 42, 49, 56]);
      expect(backward[0].prevCursor).toBeNull();
      expect(forward.at(-1)!.nextCursor).toBeNull();
    });
  }

  it("leads back from a pasted page-2 link to the first page, and forward again from a page reached backwards", async () => {
    const sort = { field: "status", direction: "asc" } as const;
    const first = await search(db, sort, 10);
    expect(first.prevCursor).toBeNull();
    const second = await search(db, sort, 10, first.nextCursor);
    const third = await search(db, sort, 10, second.nextCursor);
    // The third page opened from its link alone: Previous leads to the second, and on to the first.
    const back = await search(db, sort, 10, third.prevCursor);
    expect(ids(back)).toEqual(ids(second));
    expect(back.offset).toBe(10);
    const start = await search(db, sort, 10, back.prevCursor);
    expect(ids(start)).toEqual(ids(first));
    expect(start.offset).toBe(0);
    expect(start.prevCursor).toBeNull();
    expect(ids(await search(db, sort, 10, back.nextCursor))).toEqual(ids(third));
  });

  it("answers the first page when Previous finds fewer rows than a page before it", async () => {
    const sort = { field: "receivedAt", direction: "desc" } as const;
    const first = await search(db, sort, 7);
    const second = await search(db, sort, 7, first.nextCursor);
    // A larger page than the one the link came from: the rows before it do not fill it.
    const previous = await search(db, sort, 20, second.prevCursor);
    expect(ids(previous)).toEqual(ids(await search(db, sort, 20)));
    expect(previous.prevCursor).toBeNull();
    expect(previous.offset).toBe(0);
  });
});

describe("amount sort grouped by currency", () => {
  let db: Db;
  // Equal amounts in different currencies, and more than a page of each currency.
  const AMOUNTS: [number, string | null][] = [
    [17_500, "EUR"],
    [57_414, "SEK"],
    [100, "EUR"],
    [100, "SEK"],
    [100, "USD"],
    [57_414, "EUR"],
    [250, "SEK"],
    [17_500, "SEK"],
    [null as unknown as number, null],
    [9, "USD"],
    [100, "EUR"],
  ];
  beforeAll(async () => {
    db = await memoryDb();
    const events = AMOUNTS.flatMap(([amount, currency], i) => {
      const [received, ...rest] = lifecycle(i + 1);
      received.transaction = { ...received.transaction!, documentType: "invoice", amount, currency };
      return [received, ...rest];
    });
    await tenantStore(db, "acme").ingest(parseEvents(events), FIXTURE_NOW);
  });

  const key = (t: SearchResult["items"][number]) => `${t.currency ?? "-"} ${t.amount ?? "-"}`;

  it("sorts by currency, then amount, in the chosen direction", async () => {
    const asc = await search(db, { field: "amount", direction: "asc" }, 50);
    expect(asc.items.map(key)).toEqual([
      "- -",
      "EUR 100",
      "EUR 100",
      "EUR 17500",
      "EUR 57414",
      "SEK 100",
      "SEK 250",
      "SEK 17500",
      "SEK 57414",
      "USD 9",
      "USD 100",
    ]);
    const desc = await search(db, { field: "amount", direction: "desc" }, 50);
    expect(desc.items.map(key)).toEqual(asc.items.map(key).reverse());
  });

  for (const direction of ["asc", "desc"] as const)
    it(`pages forward and back across currencies and equal amounts (${direction})`, async () => {
      const sort = { field: "amount", direction } as const;
      const whole = await search(db, sort, 50);
      const { forward, backward } = await bothWays(db, sort, 2);
      expect(forward.flatMap(ids)).toEqual(ids(whole));
      expect(backward.map(ids)).toEqual(forward.map(ids));
    });
});
