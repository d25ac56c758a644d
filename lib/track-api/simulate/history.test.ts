import { describe, expect, it } from "vitest";
import { ingestEventSchema, MAX_INGEST_BATCH, type IngestEvent } from "@/lib/track-api/ingest/schema";
import { helsinkiOffsetHours } from "./calendar";
import { generateHistory, HISTORY_BATCH_SIZE } from "./history";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 3, 15, 10, 30); // a Wednesday, 13:30 in Helsinki

const batches = (seed: number, count: number, days?: number) => [
  ...generateHistory({ tenantId: "acme", seed, count, days, now: NOW }),
];

describe("generateHistory", () => {
  const history = batches(1, 6_000, 30);
  const events = history.flat();
  const received = events.filter((e) => e.type === "RECEIVED");

  it("is deterministic for a seed and differs for another", () => {
    expect(batches(1, 500, 10)).toEqual(batches(1, 500, 10));
    const ids = (b: IngestEvent[][]) => b.flat().map((e) => `${e.eventId} ${e.occurredAt}`);
    expect(ids(batches(2, 500, 10))).not.toEqual(ids(batches(1, 500, 10)));
  });

  it("creates `count` transactions with events only inside the window up to now", () => {
    expect(received).toHaveLength(6_000);
    const times = events.map((e) => Date.parse(e.occurredAt));
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW - 30 * DAY);
    expect(Math.min(...times)).toBeLessThan(NOW - 28 * DAY);
  });

  it("links documents into chains: responses, despatch advices and invoices reference an earlier order, invoice responses an invoice", () => {
    const meta = received.map((e) => e.transaction!);
    const byNumber = new Map(meta.map((m) => [m.documentNumber, m]));
    const referencing = meta.filter((m) => m.reference);
    const count = (type: string) => referencing.filter((m) => m.documentType === type).length;
    for (const type of ["orderResponse", "despatchAdvice", "invoice", "invoiceResponse"])
      expect(count(type)).toBeGreaterThan(10);
    for (const m of referencing) {
      const target = byNumber.get(m.reference!)!;
      expect(target.documentType).toBe(m.documentType === "invoiceResponse" ? "invoice" : "order");
      expect(target.businessPartner.id).toBe(m.businessPartner.id);
      expect(target.direction).not.toBe(m.direction);
      expect(Date.parse(target.receivedAt)).toBeLessThanOrEqual(Date.parse(m.receivedAt));
    }
    // Each order is answered at most once by each kind of follower.
    const pairs = referencing.map((m) => `${m.reference} ${m.documentType}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("yields batches of about 2,000 events that fit the ingest API", () => {
    for (const batch of history.slice(0, -1)) {
      expect(batch.length).toBeGreaterThanOrEqual(HISTORY_BATCH_SIZE);
      expect(batch.length).toBeLessThan(HISTORY_BATCH_SIZE + 50);
    }
    expect(history.at(-1)!.length).toBeLessThanOrEqual(MAX_INGEST_BATCH);
  });

  it("leaves the newest transactions in progress", () => {
    const open = new Map(
      received.filter((e) => Date.parse(e.occurredAt) > NOW - 2 * 3_600_000).map((e) => [e.transactionId, true]),
    );
    for (const e of events) if (e.type === "ARCHIVED" || e.type === "ERROR") open.delete(e.transactionId);
    expect(open.size).toBeGreaterThan(0);
  });

  it("is busier on weekday office hours (Helsinki) than at night and at weekends", () => {
    let office = 0;
    let quiet = 0;
    for (const e of received) {
      const ms = Date.parse(e.occurredAt);
      const local = new Date(ms + helsinkiOffsetHours(ms) * 3_600_000);
      const weekday = local.getUTCDay() >= 1 && local.getUTCDay() <= 5;
      const hour = local.getUTCHours();
      if (weekday && hour >= 8 && hour < 17) office++;
      else if (!weekday || hour < 6 || hour >= 21) quiet++;
    }
    // Office hours are about 45 of the 168 weekly hours, the quiet ones about 93.
    expect(office / 45).toBeGreaterThan((quiet / 93) * 5);
  });

  it("generates 30,000 transactions whose events all pass the ingest schema", () => {
    let count = 0;
    let invalid = 0;
    for (const batch of generateHistory({ tenantId: "globex", seed: 3, count: 30_000, now: NOW })) {
      for (const e of batch) {
        if (e.type === "RECEIVED") count++;
        if (!ingestEventSchema.safeParse(e).success) invalid++;
      }
    }
    expect(count).toBe(30_000);
    expect(invalid).toBe(0);
  });
});

describe("helsinkiOffsetHours", () => {
  it("switches between +2 and +3 at the EU summer-time changes", () => {
    expect(helsinkiOffsetHours(Date.UTC(2026, 0, 15))).toBe(2);
    expect(helsinkiOffsetHours(Date.UTC(2026, 6, 1))).toBe(3);
    expect(helsinkiOffsetHours(Date.UTC(2026, 2, 29, 0, 59))).toBe(2);
    expect(helsinkiOffsetHours(Date.UTC(2026, 2, 29, 1, 0))).toBe(3);
    expect(helsinkiOffsetHours(Date.UTC(2026, 9, 25, 0, 59))).toBe(3);
    expect(helsinkiOffsetHours(Date.UTC(2026, 9, 25, 1, 0))).toBe(2);
  });
});
