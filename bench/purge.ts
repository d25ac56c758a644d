import { createTenant, createUser, findTenant, findUserByEmail } from "@/lib/track-api/auth/accounts";
import { sql } from "kysely";
import { dialectOf, type Db } from "@/lib/track-api/store/connection";
import { ROLLUP_SOURCE_COLUMNS, RollupDelta } from "@/lib/track-api/store/rollup";

/** The tenant and ingest user the ingestion benches write to, so the measured tenants stay as generated. */
export const BENCH_TENANT = { id: "bench", name: "Bench Oy" };
export const BENCH_INGEST_USER = { email: "ingest@bench.test", password: "bench" };

export async function ensureBenchAccount(db: Db): Promise<void> {
  if (!(await findTenant(db, BENCH_TENANT.id))) await createTenant(db, BENCH_TENANT);
  if (!(await findUserByEmail(db, BENCH_INGEST_USER.email))) {
    await createUser(db, {
      tenantId: BENCH_TENANT.id,
      email: BENCH_INGEST_USER.email,
      name: "Bench ingest",
      password: BENCH_INGEST_USER.password,
      roles: ["ingest", "track"],
    });
  }
}

/** Removes all of a tenant's transactions, events, rollup rows and ingest mark. */
export async function purgeTenant(db: Db, tenantId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of ["events", "transactions", "rollup_dims", "rollup_combos", "ingest_marks"] as const)
      await trx.deleteFrom(table).where("tenant_id", "=", tenantId).execute();
    // The distinct event texts and their links (migration 0013).
    await sql`delete from transaction_lines where line_id in (select id from event_lines where tenant_id = ${tenantId})`.execute(
      trx,
    );
    await sql`delete from event_lines where tenant_id = ${tenantId}`.execute(trx);
  });
}

/** Removes some transactions (and their events), taking them out of the rollups as well. */
export async function purgeTransactions(db: Db, tenantId: string, ids: string[]): Promise<void> {
  const dialect = dialectOf(db);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const delta = new RollupDelta();
      const rows = await trx
        .selectFrom("transactions")
        .select([...ROLLUP_SOURCE_COLUMNS, "seq"])
        .where("tenant_id", "=", tenantId)
        .where("id", "in", part)
        .execute();
      for (const row of rows) delta.add(row, -1);
      await dialect.applyRollups(trx, delta);
      // SQLite's transactions take their links along (a trigger, migration 0014); PostgreSQL's are deleted here.
      if (rows.length && dialect.kind === "postgres")
        await sql`delete from transaction_lines where tx_seq = any(${rows.map((r) => r.seq)}::bigint[])`.execute(trx);
      if (rows.length)
        await trx
          .deleteFrom("events")
          .where("tenant_id", "=", tenantId)
          .where(
            "tx_seq",
            "in",
            rows.map((r) => r.seq),
          )
          .execute();
      await trx.deleteFrom("transactions").where("tenant_id", "=", tenantId).where("id", "in", part).execute();
    }
  });
}
