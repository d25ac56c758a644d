import { STORE_BACKEND } from "@/test/store-backend";
import { expectRowsDerivedFromEvents } from "@/test/store-checks";
import { describe, expect, it } from "vitest";
import { FIXTURE_NOW, lifecycle, memoryDb, parseEvents } from "@/test/store-fixtures";
import { ingestEventSchema } from "@/lib/track-api/ingest/schema";
import { generateHistory, Rng } from "@/lib/track-api/simulate";
import { tenantStore } from "./index";
import { newestIngestedAt } from "./detail";

const batch = () =>
  parseEvents(
    [1, 2, 3, 4, 5].flatMap((n) =>
      lifecycle(n, (["delivered", "error", "rejected", "processing", "delivered"] as const)[n - 1]),
    ),
  );

async function snapshot(events = batch(), order: "asis" | "reverse" | "twice" = "asis") {
  const db = await memoryDb();
  const store = tenantStore(db, "acme");
  if (order === "reverse") for (const e of [...events].reverse()) await store.ingest([e], FIXTURE_NOW);
  else await store.ingest(events, FIXTURE_NOW);
  if (order === "twice") await store.ingest(events, FIXTURE_NOW + 1000);
  // Transaction numbers and first ingestions follow arrival order; everything else must not depend on it.
  const rows = (await db.selectFrom("transactions").selectAll().orderBy("id").execute()).map(
    ({ seq: _seq, ingested_at: _ingestedAt, ...row }) => row,
  );
  const eventCount = await db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return { rows, events: Number(eventCount.n) };
}

describe("ingestEvents", () => {
  it("derives each transaction's status from its events", async () => {
    const { rows } = await snapshot();
    expect(rows.map((r) => [r.id, r.status, r.error_type])).toEqual([
      ["tx-0001", "delivered", null],
      ["tx-0002", "error", "UNKNOWN_RECIPIENT"],
      ["tx-0003", "rejected", "VALIDATION_ERROR"],
      ["tx-0004", "processing", null],
      ["tx-0005", "delivered", null],
    ]);
    expect(rows[0].delivered_at).toBe(Date.parse(lifecycle(1)[4].occurredAt));
  });

  it("gives the same transactions when a batch is ingested twice", async () => {
    const once = await snapshot();
    const twice = await snapshot(batch(), "twice");
    expect(twice.rows).toEqual(once.rows);
    expect(twice.events).toBe(once.events);
  });

  it("gives the same transactions when events arrive one by one in reverse order", async () => {
    const once = await snapshot();
    const reversed = await snapshot(batch(), "reverse");
    expect(reversed.rows).toEqual(once.rows);
  });

  it("reports duplicates inside a batch and across batches", async () => {
    const db = await memoryDb();
    const store = tenantStore(db, "acme");
    const events = parseEvents(lifecycle(1));
    expect(await store.ingest([...events, events[0]], FIXTURE_NOW)).toEqual({
      accepted: 5,
      duplicates: 1,
      transactions: 1,
    });
    expect(await store.ingest(events, FIXTURE_NOW)).toEqual({ accepted: 0, duplicates: 5, transactions: 1 });
  });

  it("moves each tenant's ingest mark to its newest accepted event, never back and not for duplicates", async () => {
    const db = await memoryDb();
    expect(await newestIngestedAt(db)).toBeNull();
    const events = parseEvents(lifecycle(1));
    // The batch's events arrived over three seconds; the mark is the latest of them.
    await tenantStore(db, "acme").ingest(
      events,
      FIXTURE_NOW,
      (e) => FIXTURE_NOW - 3_000 + 1_000 * (events.indexOf(e) % 3),
    );
    expect(await newestIngestedAt(db, "acme")).toBe(FIXTURE_NOW - 1_000);
    await tenantStore(db, "acme").ingest(events, FIXTURE_NOW + 60_000);
    expect(await newestIngestedAt(db, "acme")).toBe(FIXTURE_NOW - 1_000);
    await tenantStore(db, "globex").ingest(parseEvents(lifecycle(2)), FIXTURE_NOW - 5_000);
    expect(await newestIngestedAt(db, "globex")).toBe(FIXTURE_NOW - 5_000);
    expect(await newestIngestedAt(db)).toBe(FIXTURE_NOW - 1_000);
    // An event that arrives late but happened long ago still moves the mark: it is about arrival.
    const late = { ...events[0], eventId: "tx-0001:late" };
    await tenantStore(db, "acme").ingest([late], FIXTURE_NOW + 5_000);
    expect(await newestIngestedAt(db)).toBe(FIXTURE_NOW + 5_000);
    const stored = await db
      .selectFrom("events")
      .select((eb) => eb.fn.max("ingested_at").as("max"))
      .executeTakeFirstOrThrow();
    expect(Number(stored.max)).toBe(FIXTURE_NOW + 5_000);
  });

  it("numbers each tenant's transactions in order of first arrival, once", async () => {
    const db = await memoryDb();
    const acme = tenantStore(db, "acme");
    await acme.ingest(parseEvents([...lifecycle(2), ...lifecycle(1)]), FIXTURE_NOW);
    await acme.ingest(parseEvents([...lifecycle(1), ...lifecycle(3)]), FIXTURE_NOW);
    await tenantStore(db, "globex").ingest(parseEvents(lifecycle(4)), FIXTURE_NOW);
    const rows = await db
      .selectFrom("transactions")
      .select(["tenant_id", "id", "seq"])
      .orderBy("tenant_id")
      .orderBy("seq")
      .execute();
    // In each tenant, in order of first arrival; unique (PostgreSQL's numbers are shared by the tenants).
    expect(rows.map((r) => `${r.tenant_id}/${r.id}`)).toEqual([
      "acme/tx-0002",
      "acme/tx-0001",
      "acme/tx-0003",
      "globex/tx-0004",
    ]);
    expect(new Set(rows.map((r) => `${r.tenant_id}/${r.seq}`)).size).toBe(4);
    if (STORE_BACKEND === "sqlite") expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 1]);
    // The detail reads a transaction's events by its number, and only its own tenant's.
    expect((await acme.get("tx-0003", FIXTURE_NOW))?.events.map((e) => e.id)).toEqual(
      lifecycle(3).map((e) => e.eventId),
    );
    expect(await acme.get("tx-0004", FIXTURE_NOW)).toBeNull();
  });

  it("moves an errored transaction back to processing when it is reprocessed", async () => {
    const db = await memoryDb();
    const store = tenantStore(db, "acme");
    const events = lifecycle(2, "error");
    const reprocessed = {
      ...events[0],
      eventId: "tx-0002:9",
      occurredAt: new Date(Date.parse(events[2].occurredAt) + 60_000).toISOString(),
      type: "REPROCESSED" as const,
      step: "ROUTING" as const,
      transaction: undefined,
    };
    await store.ingest(parseEvents([...events, reprocessed]), FIXTURE_NOW);
    const row = await db.selectFrom("transactions").selectAll().executeTakeFirstOrThrow();
    expect([row.status, row.error_type, row.status_reason]).toEqual(["processing", null, null]);
  });

  it("keeps two tenants' transactions with the same id apart", async () => {
    const db = await memoryDb();
    await tenantStore(db, "acme").ingest(parseEvents(lifecycle(1)), FIXTURE_NOW);
    await tenantStore(db, "globex").ingest(parseEvents(lifecycle(1, "error")), FIXTURE_NOW);
    expect((await tenantStore(db, "acme").get("tx-0001"))?.transaction.status).toBe("delivered");
    expect((await tenantStore(db, "globex").get("tx-0001"))?.transaction.status).toBe("error");
  });

  // Stored transactions are continued from their rows when new events come after the stored ones
  // (transaction-state.test.ts): whatever path each batch took, every row must equal the full derivation.
  for (const order of ["time", "shuffled"] as const) {
    it(`stores the rows a full derivation gives, for events in ${order} order in batches`, async () => {
      const db = await memoryDb();
      const store = tenantStore(db, "acme");
      const rng = new Rng(`ingest-${order}`);
      const events = [...generateHistory({ tenantId: "acme", seed: 7, count: 80, days: 1, now: FIXTURE_NOW })]
        .flat()
        .map((e) => ingestEventSchema.parse(e));
      if (order === "time") events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
      else events.sort(() => rng.next() - 0.5);
      for (let i = 0; i < events.length;) {
        const size = rng.int(1, 40);
        const batch = events.slice(i, i + size);
        i += size;
        if (rng.chance(0.2)) batch.push(...events.slice(0, rng.int(1, 5)));
        await store.ingest(batch, FIXTURE_NOW);
      }
      const { rows } = await expectRowsDerivedFromEvents(db, "acme");
      expect(rows.length).toBe(80);
    });
  }
});
