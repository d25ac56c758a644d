import { describe, expect, it } from "vitest";
import { DAY_MS } from "@/lib/domain/time-buckets";
import type { Filter } from "@/lib/filters/schema";
import { statsRequestSchema } from "@/lib/filters/stats-schema";
import { Rng } from "@/lib/track-api/simulate";
import { history, randomBatches } from "@/test/store-checks";
import { FIXTURE_NOW, lifecycle, memoryDb, parseEvents } from "@/test/store-fixtures";
import { tenantStore, type TenantStore } from "./index";

// A tile's number and the list behind it (README, "Overview"): the stats answer says the instant it
// counted at (asOf), and a search as of that instant finds exactly the transactions counted, however
// many arrive later with an earlier received time.

const WINDOW = { receivedFrom: "2026-11-20T00:00:00Z", receivedTo: "2026-11-21T00:00:00Z" };
const stats = (store: TenantStore, filter: Filter = WINDOW) =>
  store.stats(statsRequestSchema.parse({ filter, bucket: "hour", timeZone: "UTC" }), FIXTURE_NOW);
const ids = async (store: TenantStore, filter: Filter) => {
  const found = await store.search(
    { filter, sort: { field: "receivedAt", direction: "desc" }, page: { size: 500 } },
    FIXTURE_NOW,
  );
  expect(found.items).toHaveLength(found.total);
  return found.items.map((tx) => tx.id).sort();
};

describe("as of an instant (filter asOf, stats asOf)", () => {
  it("leaves out a late transaction that joins a window already counted, and keeps the count exact", async () => {
    const db = await memoryDb();
    const store = tenantStore(db, "acme");
    await store.ingest(parseEvents([...lifecycle(3), ...lifecycle(4, "error")]), FIXTURE_NOW - 5_000);
    const tile = await stats(store);
    expect(tile.totals.total).toBe(2);
    expect(tile.asOf).toBeDefined();

    // Late: received earlier than both, stored after the count.
    await store.ingest(parseEvents(lifecycle(1)), FIXTURE_NOW - 6_000);
    const asOf = tile.asOf!;
    expect(await ids(store, { ...WINDOW, asOf })).toEqual(["tx-0003", "tx-0004"]);
    expect(await ids(store, WINDOW)).toEqual(["tx-0001", "tx-0003", "tx-0004"]);
    // The same count again as of that instant, from the rows (a filter the rollups do not hold).
    expect((await stats(store, { ...WINDOW, asOf })).totals.total).toBe(2);
    expect((await stats(store, { ...WINDOW, asOf })).asOf).toBe(asOf);

    // Later events of a counted transaction do not move its first ingestion.
    await store.ingest(
      parseEvents([
        {
          eventId: "tx-0004:9",
          transactionId: "tx-0004",
          occurredAt: "2026-11-20T09:30:00Z",
          type: "REPROCESSED",
          step: "ROUTING",
        },
      ]),
      FIXTURE_NOW,
    );
    expect(await ids(store, { ...WINDOW, asOf })).toEqual(["tx-0003", "tx-0004"]);
    // Just before the first batch's instant, nothing; the other tenant's rows never.
    expect(await ids(store, { ...WINDOW, asOf: new Date(Date.parse(asOf) - 1).toISOString() })).toEqual([]);
    await tenantStore(db, "globex").ingest(parseEvents(lifecycle(2)), FIXTURE_NOW - 10_000);
    expect(await ids(store, { ...WINDOW, asOf: new Date(FIXTURE_NOW + DAY_MS).toISOString() })).toEqual([
      "tx-0001",
      "tx-0003",
      "tx-0004",
    ]);
    await db.destroy();
  });

  it("every batch gets a later instant than the one committed before it, even with an earlier clock", async () => {
    const db = await memoryDb();
    const store = tenantStore(db, "acme");
    await store.ingest(parseEvents(lifecycle(1)), FIXTURE_NOW);
    const first = (await stats(store)).asOf!;
    await store.ingest(parseEvents(lifecycle(2)), FIXTURE_NOW - 60_000);
    const second = (await stats(store)).asOf!;
    expect(Date.parse(second)).toBeGreaterThan(Date.parse(first));
    expect(await ids(store, { ...WINDOW, asOf: first })).toEqual(["tx-0001"]);
    expect(await ids(store, { ...WINDOW, asOf: second })).toEqual(["tx-0001", "tx-0002"]);
    // A replay stores nothing and leaves the mark where it was.
    await store.ingest(parseEvents(lifecycle(2)), FIXTURE_NOW + 60_000);
    expect((await stats(store)).asOf).toBe(second);
    await db.destroy();
  });

  it("counts taken while 4 writers ingest are found again exactly as of their instant", async () => {
    const db = await memoryDb();
    const store = tenantStore(db, "acme");
    const rng = new Rng("as-of");
    const batches = randomBatches(rng, history("acme", 7, 120));
    const all = {
      receivedFrom: new Date(FIXTURE_NOW - 10 * DAY_MS).toISOString(),
      receivedTo: new Date(FIXTURE_NOW + DAY_MS).toISOString(),
    };
    // Counted from the rollups (a received range only) and from the rows (another filter too). NOTE:
    // both match every transaction whatever its events so far: a late event may still fill in a
    // counted transaction's fields (its direction, say), which "as of" does not undo.
    const filters: Filter[] = [all, { ...all, updatedFrom: all.receivedFrom }];
    const counts: { filter: Filter; asOf: string; total: number }[] = [];
    let writing = true;
    const readers = (async () => {
      while (writing)
        for (const filter of filters) {
          const tile = await stats(store, filter);
          if (tile.asOf) counts.push({ filter, asOf: tile.asOf, total: tile.totals.total });
        }
    })();
    await Promise.all(
      Array.from({ length: 4 }, async (_, w) => {
        for (const [i, batch] of batches.entries()) if (i % 4 === w) await store.ingest(batch, FIXTURE_NOW - i);
      }),
    );
    writing = false;
    await readers;
    expect(counts.length).toBeGreaterThan(0);
    for (const { filter, asOf, total } of counts)
      expect((await ids(store, { ...filter, asOf })).length, `${Object.keys(filter).join()} as of ${asOf}`).toBe(total);
    await db.destroy();
  });
});
