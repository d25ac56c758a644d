import { sql } from "kysely";
import { ingestEventSchema, type IngestEvent, type ParsedIngestEvent } from "@/lib/track-api/ingest/schema";
import { generateHistory, type Rng } from "@/lib/track-api/simulate";
import { dialectOf } from "@/lib/track-api/store/connection";
import type { Db } from "@/lib/track-api/store/db";
import { eventTextLine, withEventLines } from "@/lib/track-api/store/event-text-lines";
import { durationBucket } from "@/lib/track-api/store/rollup";
import { toTransactionRow } from "@/lib/track-api/store/ingest";
import { partiesText } from "@/lib/track-api/store/party-sets";
import { expect } from "vitest";
import { FIXTURE_NOW } from "./store-fixtures";

/** The rollups recomputed independently with GROUP BY over the raw rows (the duration bucket in JS). */
export async function expectedRollups(db: Db) {
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
    dim("businessStatus", "business_status"),
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
      || '|' || coalesce(direction, '') || '|' || coalesce(in_channel, '') || '|' || coalesce(out_channel, '') || '|' || coalesce(format, '') || '|' || coalesce(error_type, '') || '|' || coalesce(business_status, '') as key, count(*) as n
    from transactions, ${comboSpans} s group by key`.execute(db);
  return { dims: [...dims].sort(), combos: combos.rows.map((r) => [r.key, Number(r.n)]).sort() };
}

export async function storedRollups(db: Db) {
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
          r.business_status,
        ].join("|"),
        r.n,
      ])
      .sort(),
  };
}

export function history(tenantId: string, seed: number, count = 60): ParsedIngestEvent[] {
  return [...generateHistory({ tenantId, seed, count, days: 3, now: FIXTURE_NOW })]
    .flat()
    .map((e: IngestEvent) => ingestEventSchema.parse(e));
}

/** Random batches of the events: shuffled, reversed, with duplicates and replays of earlier batches. */
export function randomBatches(rng: Rng, events: ParsedIngestEvent[]): ParsedIngestEvent[][] {
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

/**
 * Asserts that every stored transaction of a tenant equals the full derivation from its stored
 * events, that every event is stored under its transaction's number, and that no two transactions
 * share one. Returns the rows and events.
 */
export async function expectRowsDerivedFromEvents(db: Db, tenantId: string) {
  const rows = await db
    .selectFrom("transactions")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .orderBy("id")
    .execute();
  const stored = await db.selectFrom("events").selectAll().where("tenant_id", "=", tenantId).execute();
  const parties = new Map(
    (await db.selectFrom("party_sets").select(["id", "text"]).where("tenant_id", "=", tenantId).execute()).map((p) => [
      p.text,
      p.id,
    ]),
  );
  for (const row of rows) {
    const own = stored.filter((e) => e.transaction_id === row.id);
    const expected = toTransactionRow(tenantId, row.id, row.seq, own);
    expected.party_key = parties.get(partiesText(expected)) ?? null;
    // The first ingestion is the batch's, not derived from the events: at or after the first one's arrival.
    expect(row.ingested_at).toBeGreaterThanOrEqual(Math.min(...own.map((e) => e.ingested_at)));
    expected.ingested_at = row.ingested_at;
    // PostgreSQL keeps the transaction's event texts as well (migration 0012).
    const texts = withEventLines(
      null,
      own.map((e) => eventTextLine(e.message, e.error_code)),
    );
    expect(row).toEqual(dialectOf(db).kind === "postgres" ? { ...expected, event_text: texts } : expected);
  }
  expect(new Set(rows.map((r) => r.seq)).size).toBe(rows.length);
  const seqOf = new Map(rows.map((r) => [r.id, r.seq]));
  expect(stored.filter((e) => e.tx_seq !== seqOf.get(e.transaction_id))).toEqual([]);
  await expectEventLinks(db, tenantId);
  return { rows, events: stored };
}

/**
 * Asserts that a tenant's links to its distinct event texts (migration 0013) are exactly the lines of
 * each transaction's events (by number on PostgreSQL, by rowid on SQLite), and that each text is
 * stored once.
 */
export async function expectEventLinks(db: Db, tenantId: string) {
  const postgres = dialectOf(db).kind === "postgres";
  const events = await db
    .selectFrom("events")
    .select(["transaction_id", "tx_seq", "message", "error_code"])
    .where("tenant_id", "=", tenantId)
    .execute();
  const expected = [
    ...new Set(
      events.map((e) => `${postgres ? Number(e.tx_seq) : e.transaction_id} ${eventTextLine(e.message, e.error_code)}`),
    ),
  ].sort();
  // SQLite's links name the transaction by rowid (migration 0014): its id is read through it.
  const { rows: links } = await (
    postgres
      ? sql<{ key: string; line: string }>`select l.tx_seq as key, e.line from transaction_lines l
      join event_lines e on e.id = l.line_id where e.tenant_id = ${tenantId}`
      : sql<{ key: string; line: string }>`select t.id as key, e.line from transaction_lines l
      join event_lines e on e.id = l.line_id join transactions t on t.rowid = l.tx_rowid
      where e.tenant_id = ${tenantId}`
  ).execute(db);
  expect(links.map((link) => `${postgres ? Number(link.key) : link.key} ${link.line}`).sort()).toEqual(expected);
  const { rows: lines } = await sql<{
    line: string;
  }>`select line from event_lines where tenant_id = ${tenantId}`.execute(db);
  expect(new Set(lines.map((l) => l.line)).size).toBe(lines.length);
}
