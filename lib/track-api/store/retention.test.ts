import { describe, expect, it } from "vitest";
import { freshStoreUrl, STORE_BACKEND } from "@/test/store-backend";
import { expectedRollups, storedRollups } from "@/test/store-checks";
import { FIXTURE_NOW, lifecycle, memoryDb, parseEvents } from "@/test/store-fixtures";
import { expireOldData, migrate, openDb } from "./db";
import { tenantStore } from "./index";
import { WEEK_MS } from "./rollup";

const DAY = 1_440;

describe("retention", () => {
  it("removes whole weeks past the retention: their transactions, events and rollups, and nothing newer", async () => {
    const db = await memoryDb();
    const acme = tenantStore(db, "acme");
    const globex = tenantStore(db, "globex");
    // Lifecycles start this many minutes after 2026-11-20 08:00 UTC and last under an hour.
    await acme.ingest(
      parseEvents([...lifecycle(1, "delivered", -15 * DAY), ...lifecycle(2, "error", -3 * DAY)]),
      FIXTURE_NOW,
    );
    await globex.ingest(
      parseEvents([...lifecycle(3, "delivered", -16 * DAY), ...lifecycle(4, "delivered", 0)]),
      FIXTURE_NOW,
    );
    const now = Date.parse("2026-11-20T08:00:00Z");
    const cutoff = await expireOldData(db, now, 7);
    // At least the 7 days are kept: the cutoff is the start of the week that holds now - 7 days.
    expect(cutoff % WEEK_MS).toBe(0);
    expect(cutoff).toBeLessThanOrEqual(now - 7 * 86_400_000);
    expect(cutoff).toBeGreaterThan(now - 14 * 86_400_000);

    const ids = await db.selectFrom("transactions").select(["tenant_id", "id"]).orderBy("id").execute();
    expect(ids).toEqual([
      { tenant_id: "acme", id: "tx-0002" },
      { tenant_id: "globex", id: "tx-0004" },
    ]);
    const events = await db
      .selectFrom("events")
      .select("transaction_id")
      .distinct()
      .orderBy("transaction_id")
      .execute();
    expect(events.map((e) => e.transaction_id)).toEqual(["tx-0002", "tx-0004"]);
    expect(await storedRollups(db)).toEqual(await expectedRollups(db));
    expect(
      (await acme.search({ filter: {}, sort: { field: "receivedAt", direction: "desc" }, page: { size: 50 } }, now))
        .total,
    ).toBe(1);
    expect(await acme.get("tx-0001", now)).toBeNull();
    expect((await acme.get("tx-0002", now))?.events).toHaveLength(3);

    // Nothing more to remove at the same time; a late event of an expired week is stored again.
    await expireOldData(db, now, 7);
    expect(await db.selectFrom("transactions").select("id").execute()).toHaveLength(2);
    expect((await acme.ingest(parseEvents(lifecycle(1, "delivered", -15 * DAY)), FIXTURE_NOW)).accepted).toBe(5);
    expect(await storedRollups(db)).toEqual(await expectedRollups(db));
  });

  it.runIf(STORE_BACKEND === "postgres")(
    "lets another process write again into a week whose partition one process's retention dropped",
    async () => {
      const url = await freshStoreUrl();
      const a = openDb(url);
      await migrate(a);
      const b = openDb(url);
      const old = (n: number) => parseEvents(lifecycle(n, "delivered", -15 * DAY));
      // A writes into the old week (and remembers its partition); B's retention drops it.
      await tenantStore(a, "acme").ingest(old(1), FIXTURE_NOW);
      await expireOldData(b, Date.parse("2026-11-20T08:00:00Z"), 7);
      expect(await a.selectFrom("transactions").select("id").execute()).toEqual([]);
      // A late event of that week through A: the partition is made again instead of a failed batch.
      expect((await tenantStore(a, "acme").ingest(old(2), FIXTURE_NOW)).accepted).toBe(5);
      expect(await storedRollups(a)).toEqual(await expectedRollups(a));
      await a.destroy();
      await b.destroy();
    },
  );
});
