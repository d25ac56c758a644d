import { beforeAll, describe, expect, it } from "vitest";
import { SORT_FIELDS } from "@/lib/domain/enums";
import type { Transaction } from "@/lib/domain/transaction";
import { searchRequestSchema, type Filter } from "@/lib/filters/schema";
import { HttpError } from "@/lib/track-api/http/errors";
import { FIXTURE_NOW, searchFixtureDb } from "@/test/store-fixtures";
import type { Db } from "./db";
import { tenantStore } from "./index";
import { prepareFilter } from "./search";

let db: Db;

beforeAll(async () => {
  db = await searchFixtureDb(60);
});

const request = (body: object) => searchRequestSchema.parse(body);
const acme = () => tenantStore(db, "acme");

async function allPages(body: { filter: Filter; sort?: object }, size = 7): Promise<Transaction[]> {
  const items: Transaction[] = [];
  let cursor: string | undefined;
  do {
    const page = await acme().search(request({ ...body, page: { size, cursor } }), FIXTURE_NOW);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe("searchTransactions", () => {
  it("returns newest first for an empty filter with the exact total", async () => {
    const page = await acme().search(request({ filter: {} }), FIXTURE_NOW);
    expect(page.total).toBe(60);
    expect(page.items).toHaveLength(50);
    const times = page.items.map((t) => t.receivedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  for (const field of SORT_FIELDS) {
    for (const direction of ["asc", "desc"] as const) {
      it(`pages through every row exactly once sorted by ${field} ${direction}`, async () => {
        const items = await allPages({ filter: {}, sort: { field, direction } });
        expect(items).toHaveLength(60);
        expect(new Set(items.map((t) => t.id)).size).toBe(60);
        const full = (
          await acme().search(request({ filter: {}, sort: { field, direction }, page: { size: 500 } }), FIXTURE_NOW)
        ).items;
        expect(items.map((t) => t.id)).toEqual(full.map((t) => t.id));
      });
    }
  }

  it.each<[string, Filter, (t: Transaction) => boolean]>([
    ["status", { status: ["error", "rejected"] }, (t) => t.status === "error" || t.status === "rejected"],
    ["document type", { documentType: ["order"] }, (t) => t.documentType === "order"],
    ["direction", { direction: "inbound" }, (t) => t.direction === "inbound"],
    ["out channel", { outChannel: ["email"] }, (t) => t.outChannel === "email"],
    ["error type", { errorType: ["UNKNOWN_RECIPIENT"] }, (t) => t.errorType === "UNKNOWN_RECIPIENT"],
    ["sender id", { sender: "0037:10000003" }, (t) => t.sender?.id === "0037:10000003"],
    ["partner name, any case", { businessPartner: "sender 3 oy" }, (t) => t.businessPartner?.name === "Sender 3 Oy"],
    ["free text on document number", { q: "INV-000012" }, (t) => t.documentNumber === "INV-000012"],
    ["overdue", { overdue: true }, (t) => t.overdue],
    ["not overdue", { overdue: false }, (t) => !t.overdue],
    [
      "received range",
      { receivedFrom: "2026-11-20T09:00:00Z", receivedTo: "2026-11-20T10:00:00Z" },
      (t) => t.receivedAt >= "2026-11-20T09:00:00" && t.receivedAt < "2026-11-20T10:00:00",
    ],
  ])("filters by %s", async (_name, filter, matches) => {
    const everything = await allPages({ filter: {} }, 500);
    const expected = everything.filter(matches);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(60);
    const found = await allPages({ filter });
    expect(found.map((t) => t.id)).toEqual(expected.map((t) => t.id));
    expect((await acme().search(request({ filter }), FIXTURE_NOW)).total).toBe(expected.length);
  });

  for (const field of SORT_FIELDS) {
    it(`finds a time range's rows sorted by ${field}, whether it walks the sort order or collects the range`, async () => {
      const filter = {
        receivedFrom: "2026-11-20T09:00:00Z",
        receivedTo: "2026-11-20T10:30:00Z",
        updatedFrom: "2026-11-20T08:30:00Z",
      };
      for (const direction of ["asc", "desc"] as const) {
        const sort = { field, direction };
        const everything = await allPages({ filter: {}, sort }, 500);
        const expected = everything.filter(
          (t) =>
            t.receivedAt >= "2026-11-20T09:00:00" &&
            t.receivedAt < "2026-11-20T10:30:00" &&
            t.updatedAt >= "2026-11-20T08:30:00",
        );
        expect(expected.length).toBeGreaterThan(10);
        // Small pages of a range that holds many of the rows: walking the sort order is the plan.
        expect((await prepareFilter(db, "acme", filter, sort, 3, FIXTURE_NOW)).walk).toBe(true);
        expect((await allPages({ filter, sort }, 3)).map((t) => t.id)).toEqual(expected.map((t) => t.id));
        expect((await allPages({ filter, sort }, 500)).map((t) => t.id)).toEqual(expected.map((t) => t.id));
      }
    });
  }

  it("pages through many overdue rows in received order, one walk per open status merged", async () => {
    const filter = { overdue: true };
    for (const direction of ["asc", "desc"] as const) {
      const sort = { field: "receivedAt" as const, direction };
      const expected = (await allPages({ filter: {}, sort }, 500)).filter((t) => t.overdue);
      expect(new Set(expected.map((t) => t.status)).size).toBeGreaterThan(1);
      // Pages of 2: the overdue rows are dense enough that walking is the plan.
      expect((await prepareFilter(db, "acme", filter, sort, 2, FIXTURE_NOW)).walk).toBe(true);
      expect((await allPages({ filter, sort }, 2)).map((t) => t.id)).toEqual(expected.map((t) => t.id));
    }
  });

  it("treats LIKE wildcards in free text literally", async () => {
    expect((await acme().search(request({ filter: { q: "%" } }), FIXTURE_NOW)).total).toBe(0);
    expect((await acme().search(request({ filter: { q: "INV_0000" } }), FIXTURE_NOW)).total).toBe(0);
  });

  it("rejects a tampered cursor and a cursor from another search with a 400 on page.cursor", async () => {
    const first = await acme().search(request({ filter: {}, page: { size: 5 } }), FIXTURE_NOW);
    const cursor = first.nextCursor!;
    const tampered = `${Buffer.from(JSON.stringify({ v: 0, i: "x", s: "y" })).toString("base64url")}.${cursor.split(".")[1]}`;
    for (const [bad, filter] of [
      [tampered, {}],
      [`${cursor}x`, {}],
      ["garbage", {}],
      [cursor, { status: ["error"] }],
    ] as const) {
      const error = await acme()
        .search(request({ filter, page: { size: 5, cursor: bad } }), FIXTURE_NOW)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).field).toBe("page.cursor");
    }
  });

  it("never returns another tenant's rows", async () => {
    const globex = await tenantStore(db, "globex").search(request({ filter: {}, page: { size: 500 } }), FIXTURE_NOW);
    expect(globex.items.map((t) => t.id)).toEqual(["tx-0500"]);
    expect(await tenantStore(db, "globex").get("tx-0001")).toBeNull();
  });
});
