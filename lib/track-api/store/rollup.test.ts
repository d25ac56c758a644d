import { describe, expect, it } from "vitest";
import { Rng } from "@/lib/track-api/simulate";
import { expectedRollups, history, randomBatches, storedRollups } from "@/test/store-checks";
import { FIXTURE_NOW, memoryDb } from "@/test/store-fixtures";
import { rebuildDerived } from "./derived-tables";
import { tenantStore } from "./index";
import { DURATION_EDGES_MS, durationBounds, durationBucket, HISTOGRAM_EDGES_MS } from "./rollup";

const TENANTS = ["acme", "globex"] as const;

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
