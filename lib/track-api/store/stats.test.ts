import { beforeAll, describe, expect, it } from "vitest";
import { searchRequestSchema, type Filter } from "@/lib/filters/schema";
import { statsRequestSchema } from "@/lib/filters/stats-schema";
import { FIXTURE_NOW, lifecycle, memoryDb, parseEvents } from "@/test/store-fixtures";
import type { Db } from "./db";
import { tenantStore } from "./index";

const OUTCOMES = ["delivered", "error", "rejected", "processing", "delivered"] as const;
let db: Db;
const from = "2026-11-20T00:00:00Z";
const to = "2026-11-21T00:00:00Z";

beforeAll(async () => {
  db = await memoryDb();
  const events = Array.from({ length: 80 }, (_, i) => lifecycle(i + 1, OUTCOMES[i % 5], i * 7)).flat();
  await tenantStore(db, "acme").ingest(parseEvents(events), FIXTURE_NOW);
  await tenantStore(db, "globex").ingest(parseEvents(lifecycle(900, "error", 30)), FIXTURE_NOW);
});

const acme = () => tenantStore(db, "acme");
const count = async (filter: Filter) =>
  (await acme().search(searchRequestSchema.parse({ filter, page: { size: 1 } }), FIXTURE_NOW)).total;
const stats = (body: object) => acme().stats(statsRequestSchema.parse(body), FIXTURE_NOW);

describe("transactionStats", () => {
  it("has buckets whose every count equals a search over the bucket's range", async () => {
    const result = await stats({ filter: { receivedFrom: from, receivedTo: to }, bucket: "hour" });
    expect(result.series).toHaveLength(24);
    expect(result.totals.total).toBe(await count({ receivedFrom: from, receivedTo: to }));
    for (const b of result.series.filter((s) => s.total > 0)) {
      for (const [status, n] of Object.entries(b.counts)) {
        expect(await count({ status: [status as "error"], receivedFrom: b.start, receivedTo: b.end })).toBe(n);
      }
    }
  });

  it("counts breakdowns, overdue and statuses like the search does", async () => {
    const range = { receivedFrom: from, receivedTo: to };
    const result = await stats({ filter: range, bucket: "day" });
    expect(result.totals.overdue).toBe(await count({ ...range, overdue: true }));
    expect(result.totals.byStatus.error).toBe(await count({ ...range, status: ["error"] }));
    for (const row of result.breakdowns.documentType) {
      expect(await count({ ...range, documentType: [row.key as "order"] })).toBe(row.count);
    }
    for (const row of result.breakdowns.partner)
      expect(await count({ ...range, businessPartner: row.key })).toBe(row.count);
    for (const row of result.breakdowns.errorType)
      expect(await count({ ...range, errorType: [row.key as "VALIDATION_ERROR"] })).toBe(row.count);
    expect(result.throughput.delivered).toBe(await count({ ...range, status: ["delivered"] }));
    expect(result.throughput.medianMs).toBe(4 * 60_000);
  });

  it("groups local days in the requested time zone", async () => {
    const result = await stats({
      filter: { receivedFrom: "2026-11-19T22:00:00Z", receivedTo: "2026-11-21T22:00:00Z" },
      bucket: "day",
      timeZone: "Europe/Helsinki",
    });
    expect(result.series.map((s) => s.start)).toEqual(["2026-11-19T22:00:00.000Z", "2026-11-20T22:00:00.000Z"]);
  });

  it("applies the other filters and never counts another tenant", async () => {
    const result = await stats({
      filter: { receivedFrom: from, receivedTo: to, status: ["error"] },
      bucket: "hour",
      groupBy: "errorType",
    });
    expect(result.totals.total).toBe(await count({ receivedFrom: from, receivedTo: to, status: ["error"] }));
    expect(Object.keys(result.totals.byStatus).filter((s) => result.totals.byStatus[s as "error"])).toEqual(["error"]);
    const globex = await tenantStore(db, "globex").stats(
      statsRequestSchema.parse({ filter: { receivedFrom: from, receivedTo: to } }),
      FIXTURE_NOW,
    );
    expect(globex.totals.total).toBe(1);
  });
});
