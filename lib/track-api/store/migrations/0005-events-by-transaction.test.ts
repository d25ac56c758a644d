import { Migrator, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { FIXTURE_NOW, insertRaw, lifecycle, parseEvents } from "@/test/store-fixtures";
import { migrate, openDb } from "../db";
import { tenantStore } from "../index";
import { toEventRow, toTransactionRow } from "../ingest";
import { sqliteMigrations as migrations } from "./index";

describe("migration 0005-events-by-transaction (SQLite)", () => {
  it("keys the stored events by (tenant, transaction, event id) and keeps every one", async () => {
    const db = openDb(":memory:");
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo("0004-events-by-arrival")).error).toBeUndefined();
    // Stored at 0004, where the event id alone was the key.
    for (const n of [1, 2]) {
      const events = parseEvents(lifecycle(n)).map((e) => toEventRow("acme", e, FIXTURE_NOW, n));
      // No reference column yet (0009).
      const { reference: _reference, ...row } = toTransactionRow("acme", `tx-000${n}`, n, events);
      await insertRaw(db, "transactions", [row]);
      await insertRaw(
        db,
        "events",
        events.map((e) => ({ ...e })),
      );
    }
    await sql`insert into ingest_marks values ('acme', ${FIXTURE_NOW}, 2)`.execute(db);
    const before = await db.selectFrom("events").selectAll().orderBy("id").execute();
    await migrate(db);
    expect(await db.selectFrom("events").selectAll().orderBy("id").execute()).toEqual(before);
    const indexes = await sql<{ name: string }>`select name from pragma_index_list('events') order by name`.execute(db);
    expect(indexes.rows.map((r) => r.name)).toEqual(["sqlite_autoindex_events_1"]);
    const key = await sql<{
      name: string;
    }>`select name from pragma_index_info('sqlite_autoindex_events_1') order by seqno`.execute(db);
    expect(key.rows.map((r) => r.name)).toEqual(["tenant_id", "tx_seq", "id"]);
    const acme = tenantStore(db, "acme");
    // A replay is still recognised; the same event id under another transaction is another event.
    expect((await acme.ingest(parseEvents(lifecycle(1)), FIXTURE_NOW)).accepted).toBe(0);
    const borrowed = parseEvents(lifecycle(3)).map((e, i) => (i === 0 ? { ...e, eventId: "tx-0001:0" } : e));
    expect((await acme.ingest(borrowed, FIXTURE_NOW)).accepted).toBe(5);
    expect((await acme.get("tx-0003", FIXTURE_NOW))?.events.map((e) => e.id)).toContain("tx-0001:0");
    expect((await acme.get("tx-0001", FIXTURE_NOW))?.events).toHaveLength(5);
    await db.destroy();
  });
});
