import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { eventTextLine } from "../event-text-lines";
import { STORE_BACKEND, freshStoreUrl } from "@/test/store-backend";
import { expectEventLinks } from "@/test/store-checks";
import { FIXTURE_NOW, lifecycle, parseEvents } from "@/test/store-fixtures";
import { storeMigrator } from "@/test/store-migrator";
import { expireOldData, migrate, openDb, type Db } from "../db";
import { tenantStore } from "../index";

const SORT = { field: "receivedAt", direction: "desc" } as const;

/** SQLite's links as 0013 keeps them, by transaction id: "tenant id line", sorted. */
async function linksById(db: Db) {
  const { rows } = await sql<{ tenant_id: string; key: string; line: string }>`select e.tenant_id,
    l.transaction_id as key, e.line from transaction_lines l join event_lines e on e.id = l.line_id`.execute(db);
  return rows.map((row) => `${row.tenant_id} ${row.key} ${row.line}`).sort();
}

/** Each transaction's distinct event texts from its events: "tenant id line", sorted. */
async function linesOfEvents(db: Db) {
  const events = await db
    .selectFrom("events")
    .select(["tenant_id", "transaction_id", "message", "error_code"])
    .execute();
  const lines = events.map((e) => `${e.tenant_id} ${e.transaction_id} ${eventTextLine(e.message, e.error_code)}`);
  return [...new Set(lines)].sort();
}

describe("migration 0014-line-links-by-rowid", () => {
  it("keys the stored links by rowid and back, and ingestion and expiry keep them after it", async () => {
    const db = openDb(await freshStoreUrl());
    const migrator = await storeMigrator(db);
    await migrate(db);
    const acme = tenantStore(db, "acme");
    await acme.ingest(parseEvents([...lifecycle(1), ...lifecycle(2, "error")]), FIXTURE_NOW);
    await tenantStore(db, "globex").ingest(parseEvents(lifecycle(1, "error")), FIXTURE_NOW);
    expect((await migrator.migrateTo("0013-event-lines")).error).toBeUndefined();
    // PostgreSQL's links stay by number: the step is SQLite's only.
    if (STORE_BACKEND === "sqlite") expect(await linksById(db)).toEqual(await linesOfEvents(db));
    await migrate(db);
    for (const tenant of ["acme", "globex"]) await expectEventLinks(db, tenant);
    const search = (text: string) => acme.search({ filter: { text }, sort: SORT, page: { size: 10 } }, FIXTURE_NOW);
    // lifecycle(2, "error") has the event "Unknown recipient" with the code UNKNOWN_RECIPIENT.
    expect((await search("unknown_recipient")).items.map((t) => t.id)).toEqual(["tx-0002"]);
    // A new transaction's events arrive in its first batch; a stored one's in a later batch.
    const [received, ...rest] = lifecycle(3, "error");
    await acme.ingest(parseEvents([received!]), FIXTURE_NOW);
    await acme.ingest(parseEvents(rest), FIXTURE_NOW);
    await expectEventLinks(db, "acme");
    expect((await search("unknown recipient")).items.map((t) => t.id)).toEqual(["tx-0003", "tx-0002"]);
    const later = FIXTURE_NOW + 30 * 86_400_000;
    await acme.ingest(parseEvents(lifecycle(4, "error", 33 * 24 * 60)), later);
    await expireOldData(db, later, 7);
    for (const tenant of ["acme", "globex"]) await expectEventLinks(db, tenant);
    expect((await search("unknown recipient")).items.map((t) => t.id)).toEqual(["tx-0004"]);
    await db.destroy();
  });
});
