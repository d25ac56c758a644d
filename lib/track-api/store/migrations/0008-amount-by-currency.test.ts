import { CompiledQuery, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { searchRequestSchema } from "@/lib/filters/schema";
import { STORE_BACKEND } from "@/test/store-backend";
import { FIXTURE_NOW, searchFixtureDb } from "@/test/store-fixtures";
import { prepareFilter, rowsQuery } from "../search";

describe("0008 amount by currency", () => {
  it("reads a page of the amount sort, after a cursor, in the order of its index", async () => {
    const db = await searchFixtureDb(30);
    const { filter, sort } = searchRequestSchema.parse({ filter: {}, sort: { field: "amount", direction: "desc" } });
    const prepared = await prepareFilter(db, "acme", filter, sort, 50, FIXTURE_NOW);
    const after = { value: 120, group: "EUR", id: "tx-0020" };
    const query = rowsQuery(db, "acme", prepared, after, 51).compile();
    // NOTE: a few rows make a sequential scan cheaper to PostgreSQL's planner; the index must still serve.
    if (STORE_BACKEND === "postgres") await sql`set enable_seqscan = off`.execute(db);
    const explain = (prefix: string) =>
      db.executeQuery(CompiledQuery.raw(`${prefix} ${query.sql}`, [...query.parameters]));
    const plan =
      STORE_BACKEND === "postgres"
        ? (await explain("explain")).rows.map((r) => (r as { "QUERY PLAN": string })["QUERY PLAN"])
        : (await explain("explain query plan")).rows.map((r) => (r as { detail: string }).detail);
    // Each week's partition has its own copy of the index, named after the partition's columns.
    expect(plan.join("\n")).toMatch(
      STORE_BACKEND === "postgres"
        ? /Index Cond: .*ROW\(COALESCE\(currency, ''::text\), COALESCE\(amount/
        : /USING INDEX transactions_amount_by_currency/,
    );
    expect(plan.join("\n")).not.toMatch(/TEMP B-TREE|Sort Key/i);
    await db.destroy();
  });
});
