import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { ingestEventSchema, type IngestEvent, type ParsedIngestEvent } from "@/lib/track-api/ingest/schema";
import { generateHistory, Rng } from "@/lib/track-api/simulate";
import { FIXTURE_NOW, memoryDb } from "@/test/store-fixtures";
import type { Db } from "./db";
import { rebuildDerived } from "./derived-tables";
import { tenantStore } from "./index";
import { DURATION_EDGES_MS, durationBounds, durationBucket, HISTOGRAM_EDGES_MS } from "./rollup";

const TENANTS = ["acme", "globex"] as const;

/** The rollups recomputed independently with GROUP BY over the raw rows (the duration bucket in JS). */
async function expectedRollups(db: Db) {
  const spans = sql`(select 3600000 as span union all select 86400000)`;
  const comboSpans = sql`(select 3600000 as span union all select 86400000 union all select 604800000)`;
  const dim = (name: string, value: string, label = "''") =>
    sql`select tenant_id, s.span, cast(${name} as text) as dim, received_at - (received_at % s.span) as start, coalesce(cast(${sql.raw(value)} as text), '') as value, coalesce(${sql.raw(label)}, '') as label, status from transactions, ${spans} s`;
  const parts = [
    dim("status", "status"),
    dim("documentType", "document_type"),
    dim("direction", "direction"),
    dim("inChannel", "in_channel"),
    dim("outChannel", "out_channel"),
    dim("format", "format"),
    dim("errorType", "error_type"),
    dim("partner", "partner_id", "partner_name"),
    dim("parties", "party_key"),
  ];
  const grouped = await sql<{
    key: string;
    n: number;
  }>`select tenant_id || '|' || span || '|' || dim || '|' || start || '|' || value || '|' || label || '|' || status as key, count(*) as n
    from (${sql.join(parts, sql` union all `)}) as rows group by key`.execute(db);
  const dims = new Map(grouped.rows.map((r) => [r.key, Number(r.n)]));
  const delivered = await db
    .selectFrom("transactions")
    .select(["tenant_id", "received_at", "delivered_at", "status"])
    .where("delivered_at", "is not", null)
    .execute();
  for (const r of delivered) {
    for (const span of [3_600_000, 86_400_000]) {
      const key = `${r.tenant_id}|${span}|duration|${r.received_at - (r.received_at % span)}|${durationBucket(r.delivered_at! - r.received_at)}||${r.status}`;
      dims.set(key, (dims.get(key) ?? 0) + 1);
    }
  }
  const combos = await sql<{
    key: string;
    n: number;
  }>`select tenant_id || '|' || s.span || '|' || (received_at - (received_at % s.span)) || '|' || status || '|' || coalesce(document_type, '')
      || '|' || coalesce(direction, '') || '|' || coalesce(in_channel, '') || '|' || coalesce(out_channel, '') || '|' || coalesce(format, '') || '|' || coalesce(error_type, '') as key, count(*) as n
    from transactions, ${comboSpans} s group by key`.execute(db);
  return { dims: [...dims].sort(), combos: combos.rows.map((r) => [r.key, Number(r.n)]).sort() };
}

async function storedRollups(db: Db) {
  const dims = await db.selectFrom("rollup_dims").selectAll().where("n", "!=", 0).execute();
  const combos = await db.selectFrom("rollup_combos").selectAll().where("n", "!=", 0).execute();
  return {
    dims: dims.map((r) => [[r.tenant_id, r.span, r.dim, r.start, r.value, r.label, r.status].join("|"), r.n]).sort(),
    combos: combos
      .map((r) => [
        [
          r.tenant_id,
          r.span,
          r.start,
          r.status,
          r.document_type,
          r.direction,
          r.in_channel,
          r.out_channel,
          r.format,
          r.error_type,
        ].join("|"),
        r.n,
      ])
      .sort(),
  };
}

function history(tenantId: string, seed: number): ParsedIngestEvent[] {
  return [...generateHistory({ tenantId, seed, count: 60, days: 3, now: FIXTURE_NOW })]
    .flat()
    .map((e: IngestEvent) => ingestEventSchema.parse(e));
}

/** Random batches of the events: shuffled, reversed, with duplicates and replays of earlier batches. */
function randomBatches(rng: Rng, events: ParsedIngestEvent[]): ParsedIngestEvent[][] {
  const pool = [...events];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const batches: ParsedIngestEvent[][] = [];
  for (let i = 0; i < pool.length;) {
    const size = rng.int(1, 60);
    let batch = pool.slice(i, i + size);
    i += size;
    if (rng.chance(0.3)) batch = [...batch].reverse();
    if (rng.chance(0.3)) batch.push(...batch.slice(0, rng.int(1, 5)));
    if (batches.length && rng.chance(0.2)) batch.push(...rng.pick(batches));
    batches.push(batch);
  }
  return batches;
}

describe("rollups", () => {
  it("have buckets that include every histogram edge", () => {
    for (const edge of HISTOGRAM_EDGES_MS) expect(DURATION_EDGES_MS).toContain(edge);
    for (const ms of [-5, 0, 1, 250, 251, 60_000, 60_001, 86_400_000, 10 ** 10]) {
      const { above, upTo } = durationBounds(durationBucket(ms));
      expect(above === null || ms > above).toBe(true);
      expect(upTo === null || ms <= upTo).toBe(true);
    }
  });

  for (const seed of [1, 2, 3]) {
    it(`equal a GROUP BY over the raw rows after random batches (seed ${seed})`, async () => {
      const db = await memoryDb();
      const rng = new Rng(`rollup-${seed}`);
      const work = TENANTS.flatMap((tenant, t) =>
        randomBatches(rng, history(tenant, seed * 10 + t)).map((batch) => ({ tenant, batch })),
      );
      work.sort(() => rng.next() - 0.5);
      for (const [i, { tenant, batch }] of work.entries()) {
        await tenantStore(db, tenant).ingest(batch, FIXTURE_NOW);
        if (i % 7 === 0) expect(await storedRollups(db)).toEqual(await expectedRollups(db));
      }
      const final = await storedRollups(db);
      expect(final).toEqual(await expectedRollups(db));
      expect(final.combos.length).toBeGreaterThan(10);
      await rebuildDerived(db);
      expect(await storedRollups(db)).toEqual(final);
    });
  }
});
