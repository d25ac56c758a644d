import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { freshStoreUrl } from "@/test/store-backend";
import { expectEventLinks } from "@/test/store-checks";
import { FIXTURE_NOW, lifecycle, parseEvents } from "@/test/store-fixtures";
import { expireOldData, migrate, openDb } from "../db";
import { tenantStore } from "../index";
import { storeMigrator } from "@/test/store-migrator";

const SORT = { field: "receivedAt", direction: "desc" } as const;

describe("migration 0013-event-lines", () => {
  it("links the transactions stored before it to their distinct event texts, and ingestion and expiry keep the links", async () => {
    const db = openDb(await freshStoreUrl());
    const migrator = await storeMigrator(db);
    // Two tenants with texts in common, stored; then the schema taken back to the step before 0013
    // (today's ingestion needs its tables) and brought forward again.
    await migrate(db);
    const acme = tenantStore(db, "acme");
    const globex = tenantStore(db, "globex");
    await acme.ingest(parseEvents([...lifecycle(1), ...lifecycle(2, "error")]), FIXTURE_NOW);
    await globex.ingest(parseEvents(lifecycle(1, "error")), FIXTURE_NOW);
    expect((await migrator.migrateTo("0012-transaction-event-text")).error).toBeUndefined();
    await migrate(db);
    for (const tenant of ["acme", "globex"]) await expectEventLinks(db, tenant);
    const search = (text: string) => acme.search({ filter: { text }, sort: SORT, page: { size: 10 } }, FIXTURE_NOW);
    // lifecycle(2, "error") has the event "Unknown recipient" with the code UNKNOWN_RECIPIENT.
    expect((await search("unknown_recipient")).items.map((t) => t.id)).toEqual(["tx-0002"]);
    await acme.ingest(parseEvents(lifecycle(3, "error")), FIXTURE_NOW);
    await expectEventLinks(db, "acme");
    expect((await search("unknown recipient")).items.map((t) => t.id)).toEqual(["tx-0003", "tx-0002"]);
    // A month later, with a week's retention: the transactions go, and their links with them; so do
    // the texts only they had (a text of its own, and all of Globex's), while the texts that a newer
    // transaction has too stay.
    const quokka = lifecycle(5).map((e, k) => (k === 1 ? { ...e, message: "Quokka check failed" } : e));
    await acme.ingest(parseEvents(quokka), FIXTURE_NOW);
    expect((await search("quokka")).total).toBe(1);
    const later = FIXTURE_NOW + 30 * 86_400_000;
    await acme.ingest(parseEvents(lifecycle(4, "error", 33 * 24 * 60)), later);
    await expireOldData(db, later, 7);
    for (const tenant of ["acme", "globex"]) await expectEventLinks(db, tenant);
    const { rows } = await sql<{ tenant_id: string; line: string }>`select tenant_id, line from event_lines
      order by tenant_id, line`.execute(db);
    expect(rows).toEqual([
      { tenant_id: "acme", line: " " },
      { tenant_id: "acme", line: "unknown recipient unknown_recipient" },
    ]);
    expect((await search("unknown recipient")).items.map((t) => t.id)).toEqual(["tx-0004"]);
    expect((await search("quokka")).total).toBe(0);
    await db.destroy();
  });
});
