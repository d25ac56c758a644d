import { sql } from "kysely";
import { dialectOf, type Db } from "./connection";
import { rebuildRollups, ROLLUP_VERSION } from "./rollup";

const VERSION_KEY = "rollup-version";

/**
 * Rebuilds the rollups when they were built by another definition (or never, right after the
 * migration that created them). Runs once per database open, after the migrations.
 */
export async function ensureDerived(db: Db): Promise<void> {
  const row = await db.selectFrom("meta").select("value").where("key", "=", VERSION_KEY).executeTakeFirst();
  if (row?.value === String(ROLLUP_VERSION)) return;
  const dialect = dialectOf(db);
  await db.transaction().execute(async (trx) => {
    // NOTE: at a million transactions the rebuild takes minutes, past a server's statement timeout.
    await dialect.untimed(trx);
    await rebuildRollups(trx, dialect);
    await trx
      .insertInto("meta")
      .values({ key: VERSION_KEY, value: String(ROLLUP_VERSION) })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: String(ROLLUP_VERSION) }))
      .execute();
  });
}

/**
 * Rebuilds every table derived from `transactions` and `events` (free-text index, rollups, ingest
 * marks) from scratch, for bulk loads that write rows directly instead of through `ingestEvents`,
 * which keeps them current.
 */
export async function rebuildDerived(db: Db): Promise<void> {
  const dialect = dialectOf(db);
  await db.transaction().execute(async (trx) => {
    await dialect.untimed(trx);
    await trx.deleteFrom("ingest_marks").execute();
    await sql`insert into ingest_marks (tenant_id, newest_ingested_at, last_seq, snapshot_at)
      select e.tenant_id, e.newest, coalesce(t.last, 0),
        case when coalesce(t.ingested, 0) > e.newest then t.ingested else e.newest end
      from (select tenant_id, max(ingested_at) as newest from events group by tenant_id) e
      left join (select tenant_id, max(seq) as last, max(ingested_at) as ingested from transactions group by tenant_id) t
        on t.tenant_id = e.tenant_id`.execute(trx);
  });
  await dialect.rebuildSearchIndex(db);
  await db.deleteFrom("meta").where("key", "=", VERSION_KEY).execute();
  await ensureDerived(db);
}
