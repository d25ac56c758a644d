import { beforeAll, describe, expect, it } from "vitest";
import type { Filter } from "@/lib/filters/schema";
import { ingestEventSchema, type IngestEvent } from "@/lib/track-api/ingest/schema";
import { generateHistory } from "@/lib/track-api/simulate";
import { FIXTURE_NOW, memoryDb } from "@/test/store-fixtures";
import { dialectOf, type Db } from "./connection";
import { whereFilter } from "./filter-sql";
import { planFreeText } from "./free-text";
import { tenantStore } from "./index";

let db: Db;

beforeAll(async () => {
  db = await memoryDb();
  for (const batch of generateHistory({ tenantId: "acme", seed: 3, count: 400, days: 4, now: FIXTURE_NOW })) {
    await tenantStore(db, "acme").ingest(
      batch.map((e: IngestEvent) => ingestEventSchema.parse(e)),
      FIXTURE_NOW,
    );
  }
});

const ids = async (filter: Filter, walk: boolean) => {
  const plan = await planFreeText(db, "acme", filter.q);
  if (plan) plan.walk = walk;
  const rows = await db
    .selectFrom("transactions")
    .select("id")
    .where(whereFilter("acme", filter, FIXTURE_NOW, plan, walk ? { unindexed: dialectOf(db).unindexed } : undefined))
    .orderBy("received_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map((r) => r.id);
};

describe("walking the sort order", () => {
  it.each<[string, Filter]>([
    ["overdue", { overdue: true }],
    ["overdue errors", { overdue: true, status: ["error"] }],
    ["free text", { q: "oy" }],
    ["free text matching many", { q: "acme" }],
    ["free text and overdue", { q: "inv-", overdue: true }],
  ])("finds the same rows as collecting candidates: %s", async (_name, filter) => {
    const collected = await ids(filter, false);
    expect(collected.length).toBeGreaterThan(0);
    expect(await ids(filter, true)).toEqual(collected);
  });
});
