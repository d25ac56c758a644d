import { Migrator, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { STORE_BACKEND, freshStoreUrl } from "@/test/store-backend";
import { expectEventLinks, expectedRollups, storedRollups } from "@/test/store-checks";
import { FIXTURE_NOW, insertRaw, lifecycle, parseEvents } from "@/test/store-fixtures";
import { dialectOf } from "../../connection";
import { migrate, openDb } from "../../db";
import { rebuildDerived } from "../../derived-tables";
import { eventTextLine, withEventLines } from "../../event-text-lines";
import { toEventRow, toTransactionRow } from "../../ingest";
import { tenantStore } from "../../index";
import { postgresMigrations, sqliteMigrations } from "../index";

describe("store migrations", () => {
  it("are one sequence of names on both backends", () => {
    expect(Object.keys(postgresMigrations)).toEqual(Object.keys(sqliteMigrations));
  });

  it.runIf(STORE_BACKEND === "postgres")(
    "migrate an empty PostgreSQL database and one at the previous version",
    async () => {
      // Empty: straight to the latest.
      const empty = openDb(await freshStoreUrl());
      await migrate(empty);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(empty);
      expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(postgresMigrations));
      await empty.destroy();

      // At the previous version (0004), with data: events keyed by event id alone.
      const db = openDb(await freshStoreUrl());
      const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0].s;
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => postgresMigrations },
        migrationTableSchema: schema,
      });
      expect((await migrator.migrateTo("0004-events-by-arrival")).error).toBeUndefined();
      // Stored as 0004 stored them (the store's ingestion writes the latest schema: 0007's and 0009's columns).
      const dialect = dialectOf(db);
      for (const [n, outcome] of [
        [1, "delivered"],
        [2, "error"],
      ] as const) {
        const rows = parseEvents(lifecycle(n, outcome)).map((e) => toEventRow("acme", e, FIXTURE_NOW, n));
        const {
          ingested_at: _ingestedAt,
          reference: _reference,
          ...tx
        } = toTransactionRow("acme", `tx-000${n}`, n, rows);
        await dialect.prepareTimes(db, [tx.received_at, ...rows.map((e) => e.occurred_at)]);
        await insertRaw(db, "transactions", [{ ...tx }]);
        await insertRaw(
          db,
          "events",
          rows.map((e) => ({ ...e })),
        );
      }
      await sql`insert into ingest_marks values ('acme', ${FIXTURE_NOW}, 2)`.execute(db);
      await sql`select setval('transaction_seq', 2)`.execute(db);
      const events = await db.selectFrom("events").selectAll().orderBy("id").execute();
      await migrate(db);
      // Rows stored before 0007 count as first stored when received; the mark is at or after all of them.
      const stamped = await db.selectFrom("transactions").select(["received_at", "ingested_at"]).execute();
      expect(stamped.every((r) => Number(r.ingested_at) === Number(r.received_at))).toBe(true);
      const mark = await db.selectFrom("ingest_marks").select("snapshot_at").executeTakeFirstOrThrow();
      expect(Number(mark.snapshot_at)).toBe(FIXTURE_NOW);
      // The raw rows went around ingestion: derive what it keeps (rollups, marks) as a bulk load does.
      await rebuildDerived(db);
      const acme = tenantStore(db, "acme");
      expect(await db.selectFrom("events").selectAll().orderBy("id").execute()).toEqual(events);
      const key = await sql<{ column: string }>`select a.attname as column from pg_index i
      join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
      join unnest(i.indkey) with ordinality k(attnum, ord) on true
      join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
      where c.relname = 'events' and n.nspname = ${schema} and i.indisprimary order by k.ord`.execute(db);
      expect(key.rows.map((r) => r.column)).toEqual(["tenant_id", "tx_seq", "id", "occurred_at"]);
      // Still one store: replays recognised, new transactions numbered after the old ones, rollups exact.
      expect((await acme.ingest(parseEvents(lifecycle(1)), FIXTURE_NOW)).accepted).toBe(0);
      await acme.ingest(parseEvents(lifecycle(3)), FIXTURE_NOW);
      expect((await acme.get("tx-0003", FIXTURE_NOW))?.events).toHaveLength(5);
      expect(await storedRollups(db)).toEqual(await expectedRollups(db));
      // Each transaction's event texts (0012): filled in by the migration for the stored ones, kept by
      // ingestion for the new one, the same lines either way.
      const texts = await sql<{ id: string; event_text: string | null }>`select id, event_text from transactions
        order by id`.execute(db);
      for (const { id, event_text } of texts.rows) {
        const own = await db
          .selectFrom("events")
          .select(["message", "error_code"])
          .where("transaction_id", "=", id)
          .execute();
        expect(event_text, id).toBe(
          withEventLines(
            null,
            own.map((e) => eventTextLine(e.message, e.error_code)),
          ),
        );
      }
      expect(texts.rows.map((r) => r.id)).toEqual(["tx-0001", "tx-0002", "tx-0003"]);
      // Their distinct texts and links (0013): filled in by the migration, kept by ingestion.
      await expectEventLinks(db, "acme");
      expect(dialectOf(db).kind).toBe("postgres");
      await db.destroy();
    },
  );
});
