import type SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { openSqliteFile } from "@/lib/db/sqlite-file";
import type { Db } from "../connection";
import type { Unindexed } from "../filter-sql";
import { fillEventLines } from "../migrations/0014-line-links-by-rowid";
import type { Database } from "../schema";
import { applySqliteRollups, sqliteIngestWriter } from "./sqlite-ingest";
import { sqliteEventNdjson } from "./sqlite-event-ndjson";
import { sqliteEventText } from "./sqlite-event-text";
import { sqliteHeadCandidates } from "./sqlite-free-text";
import { statement } from "./sqlite-statements";
import type { StoreDialect } from "./types";

/** Transactions removed per write transaction when they expire. */
const EXPIRY_CHUNK = 2_000;

/** Opens a SQLite store (`file:path` or `:memory:`): one connection, one writer at a time. */
export function openSqliteStore(url: string): { db: Db; dialect: StoreDialect } {
  const sqlite = openSqliteFile(url);
  sqlite.pragma("synchronous = NORMAL");
  // Checkpoint the WAL every ~40 MB instead of every 4 MB: an ingest batch rewrites the same index
  // and rollup pages as the previous one, and a larger WAL copies each of them back once, not often.
  // journal_size_limit keeps the file from staying at its largest afterwards.
  sqlite.pragma("wal_autocheckpoint = 10000");
  sqlite.pragma("journal_size_limit = 67108864");
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("temp_store = MEMORY");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: sqliteDialect(sqlite) };
}

// SQLite's idiom is `+column`; `|| ''` does the same for text, for which `+` is a number.
const unindexed: Unindexed = (column, type) =>
  type === "text" ? sql`(${sql.ref(column)} || '')` : sql`(+${sql.ref(column)})`;

function sqliteDialect(sqlite: SQLite.Database): StoreDialect {
  return {
    kind: "sqlite",
    groupsBySorting: true,
    unindexed,
    headCandidates: sqliteHeadCandidates,
    eventText: sqliteEventText(unindexed),
    eventNdjson: sqliteEventNdjson,
    // Through Kysely's hold on the one connection: an ingest's open transaction finishes first, so
    // a read never sees rows that are not committed yet. better-sqlite3 builds an array per row
    // about 2× faster than Kysely's row objects (an export reads a million rows).
    readArrays: (db, query) =>
      db.connection().execute(
        async () =>
          statement(sqlite, query.sql)
            .raw(true)
            .all(...query.parameters) as unknown[][],
      ),
    ingestWriter: (trx, tenantId) => sqliteIngestWriter(sqlite, trx, tenantId),
    applyRollups: async (_trx, delta) => applySqliteRollups(sqlite, delta),
    prepareTimes: async () => {},
    lostRoom: () => false,
    untimed: async () => {},
    serialRead: (db, read) => read(db),
    rebuildSearchIndex: async (db) => {
      await sql`insert into transactions_search (transactions_search) values ('rebuild')`.execute(db);
      // One segment instead of many: what a long-running store's automerge converges to.
      await sql`insert into transactions_search (transactions_search) values ('optimize')`.execute(db);
      // The event texts' index (migration 0010), which a bulk load leaves behind as well.
      await sql`insert into event_texts (event_texts) values ('rebuild')`.execute(db);
      await sql`insert into event_texts (event_texts) values ('optimize')`.execute(db);
      // The events' distinct texts and their transactions (migrations 0013 and 0014).
      await fillEventLines(db);
    },
    expireBefore: async (db, cutoff) => {
      const tenants = await db.selectFrom("ingest_marks").select("tenant_id").execute();
      for (const { tenant_id } of tenants) {
        // In chunks, so that ingestion waits for one chunk at a time, not for a whole week of rows.
        for (;;) {
          const expired = await db
            .selectFrom("transactions")
            .select(["id", "seq"])
            .where("tenant_id", "=", tenant_id)
            .where("received_at", "<", cutoff)
            .limit(EXPIRY_CHUNK)
            .execute();
          if (expired.length === 0) break;
          const seqs = expired.map((r) => r.seq);
          const ids = expired.map((r) => r.id);
          await db.transaction().execute(async (trx) => {
            await trx.deleteFrom("events").where("tenant_id", "=", tenant_id).where("tx_seq", "in", seqs).execute();
            await trx.deleteFrom("transactions").where("tenant_id", "=", tenant_id).where("id", "in", ids).execute();
          });
        }
      }
      await db.deleteFrom("rollup_dims").where("start", "<", cutoff).execute();
      await db.deleteFrom("rollup_combos").where("start", "<", cutoff).execute();
    },
  };
}
