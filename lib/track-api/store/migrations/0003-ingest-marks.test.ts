import { Migrator, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { FIXTURE_NOW, insertRaw, lifecycle, parseEvents } from "@/test/store-fixtures";
import { openDb } from "../db";
import { newestIngestedAt } from "../detail";
import { toEventRow } from "../ingest";
import { sqliteMigrations as migrations } from "./index";

describe("migration 0003-ingest-marks", () => {
  it("sets each tenant's ingest mark from its stored events and drops the index it replaces", async () => {
    const db = openDb(":memory:");
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo("0002-scale")).error).toBeUndefined();
    // Events as 0002 stored them (no transaction number yet).
    const rows = [
      ...parseEvents(lifecycle(1)).map((e, i) => toEventRow("acme", e, FIXTURE_NOW - 10_000 + i, 0)),
      ...parseEvents(lifecycle(2)).map((e, i) => toEventRow("globex", e, FIXTURE_NOW - 20_000 + i, 0)),
    ].map(({ tx_seq: _seq, ...row }) => row);
    await insertRaw(db, "events", rows);

    expect((await migrator.migrateTo("0003-ingest-marks")).error).toBeUndefined();
    expect(await newestIngestedAt(db, "acme")).toBe(FIXTURE_NOW - 10_000 + 4);
    expect(await newestIngestedAt(db, "globex")).toBe(FIXTURE_NOW - 20_000 + 4);
    expect(await newestIngestedAt(db)).toBe(FIXTURE_NOW - 10_000 + 4);
    const indexes = await sql<{ name: string }>`select name from pragma_index_list('events') order by name`.execute(db);
    expect(indexes.rows.map((r) => r.name)).toEqual(["events_transaction", "sqlite_autoindex_events_1"]);
    await db.destroy();
  });
});
