import { Migrator, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { FIXTURE_NOW, insertRaw, lifecycle, parseEvents } from "@/test/store-fixtures";
import { tenantStore } from "../index";
import { migrate, openDb } from "../db";
import { toEventRow, toTransactionRow } from "../ingest";
import { sqliteMigrations as migrations } from "./index";

describe("migration 0004-events-by-arrival", () => {
  it("numbers the stored transactions, files their events under the numbers and goes on from the last", async () => {
    const db = openDb(":memory:");
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo("0003-ingest-marks")).error).toBeUndefined();
    // Transactions and events as 0003 stored them (no numbers yet).
    for (const [tenant, n] of [
      ["acme", 1],
      ["globex", 2],
      ["acme", 3],
    ] as const) {
      const events = parseEvents(lifecycle(n)).map((e) => toEventRow(tenant, e, FIXTURE_NOW, 0));
      // Neither a number (0004) nor a reference (0009) yet.
      const { seq: _seq, reference: _reference, ...row } = toTransactionRow(tenant, `tx-000${n}`, 0, events);
      await insertRaw(db, "transactions", [row]);
      await insertRaw(
        db,
        "events",
        events.map(({ tx_seq: _txSeq, ...e }) => e),
      );
      await sql`insert into ingest_marks values (${tenant}, ${FIXTURE_NOW}) on conflict do nothing`.execute(db);
    }

    expect((await migrator.migrateTo("0004-events-by-arrival")).error).toBeUndefined();
    const indexes = await sql<{ name: string }>`select name from pragma_index_list('events') order by name`.execute(db);
    expect(indexes.rows.map((r) => r.name)).toEqual(["events_by_transaction", "sqlite_autoindex_events_1"]);
    await migrate(db);
    const rows = await db.selectFrom("transactions").select(["tenant_id", "id", "seq"]).orderBy("seq").execute();
    expect(rows).toEqual([
      { tenant_id: "acme", id: "tx-0001", seq: 1 },
      { tenant_id: "globex", id: "tx-0002", seq: 2 },
      { tenant_id: "acme", id: "tx-0003", seq: 3 },
    ]);
    const events = await db.selectFrom("events").select(["transaction_id", "tx_seq"]).execute();
    const seqOf = new Map(rows.map((r) => [r.id, r.seq]));
    expect(events).toHaveLength(15);
    expect(events.filter((e) => e.tx_seq !== seqOf.get(e.transaction_id))).toEqual([]);

    const acme = tenantStore(db, "acme");
    expect((await acme.get("tx-0001", FIXTURE_NOW))?.events).toHaveLength(5);
    await acme.ingest(parseEvents(lifecycle(4)), FIXTURE_NOW);
    const added = await db
      .selectFrom("transactions")
      .select("seq")
      .where("id", "=", "tx-0004")
      .executeTakeFirstOrThrow();
    expect(added.seq).toBe(4);
    await db.destroy();
  });
});
