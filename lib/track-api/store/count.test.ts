import { beforeAll, describe, expect, it } from "vitest";
import { DAY_MS, HOUR_MS } from "@/lib/domain/time-buckets";
import { filterSchema, type Filter } from "@/lib/filters/schema";
import { ingestEventSchema, type IngestEvent } from "@/lib/track-api/ingest/schema";
import { generateHistory, Rng } from "@/lib/track-api/simulate";
import { FIXTURE_NOW, memoryDb } from "@/test/store-fixtures";
import { countTransactions, rawCount } from "./count";
import type { Db } from "./db";
import { tenantStore } from "./index";
import { splitRange } from "./ranges";
import { COMBO_SPANS, DIM_SPANS, WEEK_MS } from "./rollup";

let db: Db;
let partner: { id: string; name: string };

beforeAll(async () => {
  db = await memoryDb();
  for (const tenant of ["acme", "globex"]) {
    for (const batch of generateHistory({ tenantId: tenant, seed: 7, count: 400, days: 20, now: FIXTURE_NOW })) {
      await tenantStore(db, tenant).ingest(
        batch.map((e: IngestEvent) => ingestEventSchema.parse(e)),
        FIXTURE_NOW,
      );
    }
  }
  const row = await db
    .selectFrom("transactions")
    .select(["partner_id", "partner_name"])
    .where("tenant_id", "=", "acme")
    .executeTakeFirstOrThrow();
  partner = { id: row.partner_id!, name: row.partner_name! };
});

describe("splitRange", () => {
  it("covers [from, to) exactly once with whole periods of each span and raw pieces", () => {
    const rng = new Rng("ranges");
    for (const spans of [DIM_SPANS, COMBO_SPANS]) {
      for (let i = 0; i < 500; i++) {
        const from = rng.chance(0.1)
          ? null
          : FIXTURE_NOW - rng.int(0, 30 * DAY_MS) - (rng.chance(0.5) ? 0 : rng.int(0, HOUR_MS));
        const to = rng.chance(0.1) ? null : (from ?? FIXTURE_NOW) + rng.int(0, rng.pick([4, 30]) * DAY_MS);
        const parts = splitRange(from, to, spans);
        const pieces = [...parts.rollups.map(([, range]) => range), ...parts.raw].sort(
          (a, b) => (a[0] ?? -Infinity) - (b[0] ?? -Infinity),
        );
        if (from !== null && to !== null && from >= to) {
          expect(pieces).toEqual([]);
          continue;
        }
        expect(pieces[0][0]).toBe(from);
        expect(pieces.at(-1)![1]).toBe(to);
        for (let p = 1; p < pieces.length; p++) expect(pieces[p][0]).toBe(pieces[p - 1][1]);
        for (const [span, range] of parts.rollups)
          for (const edge of range) if (edge !== null) expect(edge % span).toBe(0);
        // The longest span whose whole periods fit is the one used: at most one run of each span per end.
        expect(parts.rollups.filter(([span]) => span === spans[0]).length).toBeLessThanOrEqual(1);
        if (from !== null && to !== null && to - from >= 2 * spans[0] + 2 * HOUR_MS)
          expect(parts.rollups[0][0]).toBe(spans[0]);
      }
    }
    expect(splitRange(null, null, COMBO_SPANS)).toEqual({ rollups: [[WEEK_MS, [null, null]]], raw: [] });
  });
});

describe("countTransactions", () => {
  const filters = (): Filter[] => [
    {},
    { status: ["error", "rejected"] },
    { documentType: ["invoice"] },
    { direction: "inbound" },
    { errorType: ["UNKNOWN_RECIPIENT", "VALIDATION_ERROR"] },
    { status: ["delivered"], outChannel: ["peppol", "email"] },
    { documentType: ["invoice", "creditNote"], direction: "outbound", format: ["peppolBis3"] },
    { businessPartner: partner.id },
    { businessPartner: partner.name.toUpperCase(), status: ["delivered"] },
    { businessPartner: partner.id, documentType: ["order"] },
    { overdue: true, status: ["error"] },
    { overdue: true },
    { overdue: true, documentType: ["invoice", "order"], direction: "inbound" },
    { overdue: true, status: ["delivered"] },
  ];

  it("equals the count over the rows for every filter and range", async () => {
    const rng = new Rng("counts");
    const iso = (ms: number) => new Date(ms).toISOString();
    for (const filter of filters()) {
      for (let i = 0; i < 12; i++) {
        const from = FIXTURE_NOW - rng.int(0, 20 * DAY_MS);
        const to = from + rng.pick([HOUR_MS, DAY_MS, rng.int(0, 3 * DAY_MS), 8 * DAY_MS, 15 * DAY_MS]);
        const range =
          i === 0
            ? {}
            : i === 1
              ? { receivedFrom: iso(Math.floor(from / DAY_MS) * DAY_MS) }
              : { receivedFrom: iso(from), receivedTo: iso(to) };
        const f = filterSchema.parse({ ...filter, ...range });
        expect(await countTransactions(db, "acme", f, FIXTURE_NOW), JSON.stringify(f)).toBe(
          await rawCount(db, "acme", f, FIXTURE_NOW),
        );
      }
    }
    expect(await rawCount(db, "acme", {}, FIXTURE_NOW)).toBe(400);
    expect(await rawCount(db, "acme", { overdue: true }, FIXTURE_NOW)).toBeGreaterThan(0);
    expect(await countTransactions(db, "globex", {}, FIXTURE_NOW)).toBe(400);
  });
});
