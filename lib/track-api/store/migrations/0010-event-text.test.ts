import { describe, expect, it } from "vitest";
import { freshStoreUrl } from "@/test/store-backend";
import { FIXTURE_NOW, lifecycle, parseEvents } from "@/test/store-fixtures";
import { migrate, openDb } from "../db";
import { tenantStore } from "../index";
import { storeMigrator } from "@/test/store-migrator";

const SORT = { field: "receivedAt", direction: "desc" } as const;

describe("migration 0010-event-text", () => {
  it("indexes the events stored before it, and ingestion keeps the index current after it", async () => {
    const db = openDb(await freshStoreUrl());
    const migrator = await storeMigrator(db);
    // Events stored, then the schema taken back to the step before 0010 (today's ingestion needs
    // the later steps' tables) and brought forward again.
    await migrate(db);
    const acme = tenantStore(db, "acme");
    await acme.ingest(parseEvents([...lifecycle(1), ...lifecycle(2, "error")]), FIXTURE_NOW);
    expect((await migrator.migrateTo("0009-references")).error).toBeUndefined();
    await migrate(db);
    const search = (text: string) => acme.search({ filter: { text }, sort: SORT, page: { size: 10 } }, FIXTURE_NOW);
    // lifecycle(2, "error") has the event "Unknown recipient" with the code UNKNOWN_RECIPIENT.
    expect((await search("unknown RECIPIENT")).items.map((t) => t.id)).toEqual(["tx-0002"]);
    expect((await search("unknown_recipient")).items.map((t) => t.id)).toEqual(["tx-0002"]);
    await acme.ingest(parseEvents(lifecycle(3, "error")), FIXTURE_NOW);
    expect((await search("unknown recipient")).items.map((t) => t.id)).toEqual(["tx-0003", "tx-0002"]);
    expect(
      (
        await tenantStore(db, "globex").search(
          { filter: { text: "unknown" }, sort: SORT, page: { size: 10 } },
          FIXTURE_NOW,
        )
      ).total,
    ).toBe(0);
    await db.destroy();
  });
});
