import { beforeAll, describe, expect, it } from "vitest";
import { SORT_FIELDS } from "@/lib/domain/enums";
import type { Transaction } from "@/lib/domain/transaction";
import { searchRequestSchema, type Filter, type Sort } from "@/lib/filters/schema";
import { FIXTURE_NOW, searchFixtureDb } from "@/test/store-fixtures";
import type { Db } from "./db";
import { exportTransactions } from "./export";
import { tenantStore } from "./index";

let db: Db;

beforeAll(async () => {
  db = await searchFixtureDb(45);
});

async function exported(filter: Filter, sort: Sort, chunk: number) {
  const { total, chunks } = await exportTransactions(db, "acme", { filter, sort }, FIXTURE_NOW, chunk);
  const sizes: number[] = [];
  const items: Transaction[] = [];
  for await (const rows of chunks) {
    sizes.push(rows.length);
    items.push(...rows);
  }
  return { total, items, sizes };
}

const searched = async (filter: Filter, sort: Sort) =>
  (await tenantStore(db, "acme").search(searchRequestSchema.parse({ filter, sort, page: { size: 500 } }), FIXTURE_NOW))
    .items;

describe("exportTransactions", () => {
  for (const field of SORT_FIELDS) {
    for (const direction of ["asc", "desc"] as const) {
      it(`reads every row once, in the search's order, sorted by ${field} ${direction}`, async () => {
        const sort = { field, direction };
        const { total, items, sizes } = await exported({}, sort, 4);
        expect(total).toBe(45);
        expect(items).toEqual(await searched({}, sort));
        expect(sizes.every((n) => n <= 4)).toBe(true);
      });
    }
  }

  it.each<[string, Filter, boolean]>([
    ["status", { status: ["error", "rejected"] }, true],
    ["free text", { q: "acme" }, true],
    ["overdue", { overdue: true }, true],
    ["nothing", { q: "no-such-text" }, false],
  ])("exports exactly the rows a search finds (%s)", async (_name, filter, some) => {
    const sort: Sort = { field: "receivedAt", direction: "desc" };
    const expected = await searched(filter, sort);
    expect(expected.length > 0).toBe(some);
    const { total, items } = await exported(filter, sort, 3);
    expect(total).toBe(expected.length);
    expect(items).toEqual(expected);
  });

  it("stops reading when the reader stops", async () => {
    const { chunks } = await exportTransactions(
      db,
      "acme",
      { filter: {}, sort: { field: "receivedAt", direction: "desc" } },
      FIXTURE_NOW,
      5,
    );
    expect((await chunks.next()).value).toHaveLength(5);
    await chunks.return();
    expect((await chunks.next()).done).toBe(true);
  });

  it("reads nothing that is not committed: a chunk waits for an open database transaction", async () => {
    const { chunks } = await exportTransactions(
      db,
      "acme",
      { filter: {}, sort: { field: "receivedAt", direction: "desc" } },
      FIXTURE_NOW,
      100,
    );
    let first: ReturnType<typeof chunks.next> | undefined;
    const rolledBack = await db
      .transaction()
      .execute(async (trx) => {
        await trx
          .updateTable("transactions")
          .set({ document_number: "UNCOMMITTED" })
          .where("tenant_id", "=", "acme")
          .execute();
        first = chunks.next();
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);
    expect(rolledBack).toBe("roll back");
    const rows = (await first!).value as Transaction[];
    expect(rows).toHaveLength(45);
    expect(rows.filter((t) => t.documentNumber === "UNCOMMITTED")).toEqual([]);
  });

  it("never exports another tenant's rows", async () => {
    const { items } = await exported({}, { field: "receivedAt", direction: "desc" }, 100);
    const globex = await tenantStore(db, "globex").search(searchRequestSchema.parse({ filter: {} }), FIXTURE_NOW);
    expect(items.map((t) => t.id)).not.toEqual(expect.arrayContaining(globex.items.map((t) => t.id)));
  });
});
