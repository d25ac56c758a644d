import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { DAY_MS } from "@/lib/domain/time-buckets";
import type { Filter } from "@/lib/filters/schema";
import { ingestEventSchema, type IngestEvent } from "@/lib/track-api/ingest/schema";
import { generateHistory, Rng } from "@/lib/track-api/simulate";
import { FIXTURE_NOW, memoryDb } from "@/test/store-fixtures";
import type { Db } from "./db";
import { tenantStore } from "./index";

let db: Db;
let rows: { search_text: string; search_head: string }[];

beforeAll(async () => {
  db = await memoryDb();
  for (const tenant of ["acme", "globex"]) {
    for (const batch of generateHistory({ tenantId: tenant, seed: 5, count: 300, days: 3, now: FIXTURE_NOW })) {
      await tenantStore(db, tenant).ingest(
        batch.map((e: IngestEvent) => ingestEventSchema.parse(e)),
        FIXTURE_NOW,
      );
    }
  }
  rows = await db
    .selectFrom("transactions")
    .select(["search_text", "search_head"])
    .where("tenant_id", "=", "acme")
    .execute();
});

/** What free text means: a case-insensitive substring of search_text, found by scanning. */
async function scanned(q: string, filter: Filter = {}): Promise<string[]> {
  const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  let query = db
    .selectFrom("transactions")
    .select("id")
    .where("tenant_id", "=", "acme")
    .where(sql<boolean>`search_text like ${pattern} escape '\\'`);
  if (filter.status) query = query.where("status", "in", filter.status);
  if (filter.receivedFrom) query = query.where("received_at", ">=", Date.parse(filter.receivedFrom));
  if (filter.receivedTo) query = query.where("received_at", "<", Date.parse(filter.receivedTo));
  return (await query.orderBy("received_at", "desc").orderBy("id", "desc").execute()).map((r) => r.id);
}

function queries(): string[] {
  const rng = new Rng("free-text");
  const out = ["Oy", "a", "ÄHKÖ", 'x"y', "100%", "inv_20", " 0037:", "gmbh 00", "oy ", "acme", "sähkö oy 0"];
  for (let i = 0; i < 120; i++) {
    const { search_text: text, search_head: head } = rng.pick(rows);
    // Around the boundary between head and parties half the time, anywhere otherwise.
    const start = rng.chance(0.5) ? Math.max(0, head.length - rng.int(1, 8)) : rng.int(0, text.length - 1);
    const q = text.slice(start, start + rng.int(1, 16));
    if (q.trim()) out.push(rng.chance(0.3) ? q.toUpperCase() : q);
  }
  return out;
}

describe("free text", () => {
  it("finds exactly the rows whose search text contains the query, in order, with the exact total", async () => {
    const iso = (ms: number) => new Date(ms).toISOString();
    const filters: Filter[] = [
      {},
      {
        status: ["delivered", "error"],
        receivedFrom: iso(FIXTURE_NOW - DAY_MS - 1_234_567),
        receivedTo: iso(FIXTURE_NOW - 3_000_000),
      },
    ];
    for (const q of queries()) {
      for (const extra of filters) {
        const filter = { ...extra, q };
        const expected = await scanned(q, extra);
        const page = await tenantStore(db, "acme").search(
          { filter, sort: { field: "receivedAt", direction: "desc" }, page: { size: 20 } },
          FIXTURE_NOW,
        );
        expect(page.total, JSON.stringify(filter)).toBe(expected.length);
        expect(
          page.items.map((t) => t.id),
          JSON.stringify(filter),
        ).toEqual(expected.slice(0, 20));
      }
    }
  });
});
