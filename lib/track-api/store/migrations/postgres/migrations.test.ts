import { Migrator, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { STORE_BACKEND, freshStoreUrl } from "@/test/store-backend";
import { expectedRollups, storedRollups } from "@/test/store-checks";
import { FIXTURE_NOW, insertRaw, lifecycle, parseEvents } from "@/test/store-fixtures";
import { dialectOf } from "../../connection";
import { WeeklyPartitions } from "../../dialect/postgres-partitions";
import { toEventRow, toTransactionRow } from "../../ingest";
import { migrate, openDb } from "../../db";
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
      // Rows as 0004 stored them, written directly: today's ingestion writes columns added since (0009).
      for (const [n, outcome] of [
        [1, "delivered"],
        [2, "error"],
      ] as const) {
        const rows = parseEvents(lifecycle(n, outcome)).map((e) => toEventRow("acme", e, FIXTURE_NOW, n));
        const { reference: _reference, ...row } = toTransactionRow("acme", `tx-000${n}`, n, rows);
        await new WeeklyPartitions().ensure(db, [row.received_at, ...rows.map((e) => e.occurred_at)]);
        await insertRaw(db, "transactions", [row]);
        await insertRaw(
          db,
          "events",
          rows.map((e) => ({ ...e })),
        );
      }
      await sql`select setval('transaction_seq', 2)`.execute(db);
      await sql`insert into ingest_marks values ('acme', ${FIXTURE_NOW}, 2)`.execute(db);
      const acme = tenantStore(db, "acme");
      const events = await db.selectFrom("events").selectAll().orderBy("id").execute();
      await migrate(db);
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
      expect(dialectOf(db).kind).toBe("postgres");
      await db.destroy();
    },
  );
});
