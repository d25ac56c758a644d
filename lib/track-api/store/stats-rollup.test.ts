import { beforeAll, describe, expect, it } from "vitest";
import { STATS_GROUP_BY } from "@/lib/domain/enums";
import { DAY_MS, HOUR_MS } from "@/lib/domain/time-buckets";
import type { Filter } from "@/lib/filters/schema";
import { ingestEventSchema, type IngestEvent } from "@/lib/track-api/ingest/schema";
import { generateHistory, Rng } from "@/lib/track-api/simulate";
import { FIXTURE_NOW, memoryDb } from "@/test/store-fixtures";
import type { Db } from "./db";
import { tenantStore } from "./index";
import { rollupStatsCounts } from "./stats-rollup";
import { rawStatsCounts, type StatsCounts } from "./stats-raw";

let db: Db;

beforeAll(async () => {
  db = await memoryDb();
  for (const tenant of ["acme", "globex"]) {
    for (const batch of generateHistory({ tenantId: tenant, seed: 11, count: 600, days: 5, now: FIXTURE_NOW })) {
      await tenantStore(db, tenant).ingest(
        batch.map((e: IngestEvent) => ingestEventSchema.parse(e)),
        FIXTURE_NOW,
      );
    }
  }
});

const normalized = (c: StatsCounts) => ({
  hours: [...c.hours].filter(([, v]) => Object.keys(v).length).sort((a, b) => a[0] - b[0]),
  groups: Object.fromEntries(
    Object.entries(c.groups).map(([dim, rows]) => [
      dim,
      [...rows].sort((a, b) => `${a.key}|${a.status}`.localeCompare(`${b.key}|${b.status}`)),
    ]),
  ),
  byStatus: c.byStatus,
  throughput: c.throughput,
});

describe("rollupStatsCounts", () => {
  it("equals the counts read from the rows for any range, grouping and status filter", async () => {
    const rng = new Rng("stats-rollup");
    for (let i = 0; i < 30; i++) {
      const aligned = i % 3 === 0;
      const from = FIXTURE_NOW - rng.int(0, 6 * DAY_MS) - (aligned ? 0 : rng.int(1, HOUR_MS - 1));
      const to = Math.min(
        FIXTURE_NOW + DAY_MS,
        from + rng.pick([HOUR_MS / 2, DAY_MS, 2 * DAY_MS + rng.int(0, DAY_MS), 7 * DAY_MS]),
      );
      const filter: Filter = {
        receivedFrom: new Date(from).toISOString(),
        receivedTo: new Date(to).toISOString(),
        ...(i % 4 === 1 ? { status: ["delivered", "rejected"] as Filter["status"] } : {}),
      };
      const groupBy = STATS_GROUP_BY[i % STATS_GROUP_BY.length];
      const fromRollups = await rollupStatsCounts(db, "acme", filter, groupBy, from, to, FIXTURE_NOW);
      const fromRows = await rawStatsCounts(db, "acme", filter, groupBy, FIXTURE_NOW);
      expect(normalized(fromRollups), JSON.stringify({ filter, groupBy })).toEqual(normalized(fromRows));
    }
  });

  it("finds percentiles in the right bucket (a non-trivial throughput)", async () => {
    const filter: Filter = {
      receivedFrom: new Date(FIXTURE_NOW - 5 * DAY_MS).toISOString(),
      receivedTo: new Date(FIXTURE_NOW).toISOString(),
    };
    const counts = await rollupStatsCounts(
      db,
      "acme",
      filter,
      "status",
      FIXTURE_NOW - 5 * DAY_MS,
      FIXTURE_NOW,
      FIXTURE_NOW,
    );
    expect(counts.throughput.delivered).toBeGreaterThan(400);
    expect(counts.throughput.medianMs).toBeGreaterThan(0);
    expect(counts.throughput.p90Ms!).toBeGreaterThan(counts.throughput.medianMs!);
  });
});
