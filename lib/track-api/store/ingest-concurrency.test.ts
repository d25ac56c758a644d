import { describe, expect, it } from "vitest";
import { Rng } from "@/lib/track-api/simulate";
import {
  expectedRollups,
  expectRowsDerivedFromEvents,
  history,
  randomBatches,
  storedRollups,
} from "@/test/store-checks";
import { FIXTURE_NOW, memoryDb } from "@/test/store-fixtures";
import { newestIngestedAt } from "./detail";
import { tenantStore } from "./index";

const WRITERS = 4;

describe("ingestion by several writers at once", () => {
  // On PostgreSQL the four writers run in four connections of the pool at the same time; on SQLite
  // they take turns (one writer), which must give the same answer.
  it("keeps rollups, states, numbers and marks exact with 4 concurrent writers of shuffled, duplicated batches", async () => {
    const db = await memoryDb();
    const rng = new Rng("concurrent-ingest");
    const events = history("acme", 41, 150);
    // Every event at least once; duplicates inside batches and replays of earlier batches besides.
    const batches = randomBatches(rng, events);
    const store = tenantStore(db, "acme");
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (const [i, batch] of batches.entries()) {
          if (i % WRITERS !== w) continue;
          const at = FIXTURE_NOW - 60_000 + i;
          await store.ingest(batch, at);
        }
      }),
    );
    const { rows, events: stored } = await expectRowsDerivedFromEvents(db, "acme");
    expect(rows).toHaveLength(150);
    expect(stored).toHaveLength(new Set(events.map((e) => `${e.transactionId}/${e.eventId}`)).size);
    expect(await storedRollups(db)).toEqual(await expectedRollups(db));
    // The mark is the newest accepted arrival (whichever writer committed last) and at least the last number.
    expect(await newestIngestedAt(db, "acme")).toBe(Math.max(...stored.map((e) => e.ingested_at)));
    const mark = await db
      .selectFrom("ingest_marks")
      .selectAll()
      .where("tenant_id", "=", "acme")
      .executeTakeFirstOrThrow();
    expect(mark.last_seq).toBeGreaterThanOrEqual(Math.max(...rows.map((r) => r.seq)));
    // A replay of everything, again by four writers at once, changes nothing.
    const before = await storedRollups(db);
    const replays = await Promise.all(
      Array.from({ length: WRITERS }, (_, w) =>
        store.ingest(
          events.filter((_, i) => i % WRITERS === w),
          FIXTURE_NOW,
        ),
      ),
    );
    expect(replays.map((r) => r.accepted)).toEqual([0, 0, 0, 0]);
    expect(await storedRollups(db)).toEqual(before);
  });
});
