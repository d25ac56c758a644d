import { Kysely, PostgresDialect, sql } from "kysely";
import type pg from "pg";
import { openPool } from "@/lib/db/postgres-pool";
import type { Db } from "../connection";
import { contains } from "../like";
import { fillEventLines } from "../migrations/postgres/0013-event-lines";
import type { Database } from "../schema";
import { postgresEventText } from "./postgres-event-text";
import { applyPostgresRollups, postgresIngestWriter } from "./postgres-ingest";
import { WeeklyPartitions } from "./postgres-partitions";
import { serialRead } from "./postgres-serial";
import { untimed } from "./postgres-untimed";
import type { StoreDialect } from "./types";

/** Opens a PostgreSQL store on a pool: several connections, several writers at once. */
export function openPostgresStore(url: string): { db: Db; dialect: StoreDialect } {
  const pool = openPool(url);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: postgresDialect(pool) };
}

function postgresDialect(pool: pg.Pool): StoreDialect {
  const partitions = new WeeklyPartitions();
  return {
    kind: "postgres",
    groupsBySorting: false,
    unindexed: (column) => sql.ref(column),
    // The trigram index over (tenant_id, search_head) answers the LIKE itself; it needs no plan.
    headCandidates: async (_db, text) => ({ where: contains(sql.ref("search_head"), text), none: false }),
    eventText: postgresEventText,
    readArrays: async (_db, query) =>
      (await pool.query({ text: query.sql, values: [...query.parameters], rowMode: "array" })).rows as unknown[][],
    ingestWriter: (trx, tenantId) => postgresIngestWriter(trx, tenantId),
    applyRollups: applyPostgresRollups,
    prepareTimes: (db, times) => partitions.ensure(db, times),
    lostRoom: (error) => partitions.lost(error),
    untimed,
    serialRead,
    // The transactions' own event texts are copied with them; their distinct lines are made here.
    rebuildSearchIndex: (db) =>
      db.transaction().execute(async (trx) => {
        await untimed(trx);
        await fillEventLines(trx);
      }),
    expireBefore: (db, cutoff) => partitions.dropBefore(db, cutoff),
  };
}
