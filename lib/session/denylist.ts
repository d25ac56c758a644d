import type { DashboardDb } from "@/lib/dashboard-store/db";

/**
 * Refuses a session from now until `until` (ms since the epoch), and forgets entries of sessions
 * that have expired anyway, so the table holds only the sign-outs of the last session lifetime.
 */
export async function denySession(db: DashboardDb, sessionId: string, until: number, now = Date.now()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("dashboard_session_denylist")
      .values({ session_id: sessionId, expires_at: until })
      .onConflict((c) =>
        c.column("session_id").doUpdateSet((eb) => ({
          // The later of the two (SQLite's max(a, b) is PostgreSQL's greatest(a, b); this is both).
          expires_at: eb
            .case()
            .when("dashboard_session_denylist.expires_at", ">", eb.ref("excluded.expires_at"))
            .then(eb.ref("dashboard_session_denylist.expires_at"))
            .else(eb.ref("excluded.expires_at"))
            .end(),
        })),
      )
      .execute();
    await trx.deleteFrom("dashboard_session_denylist").where("expires_at", "<=", now).execute();
  });
}

/** Whether a session was ended by sign-out (and would not have expired since). */
export async function isSessionDenied(db: DashboardDb, sessionId: string, now = Date.now()): Promise<boolean> {
  const row = await db
    .selectFrom("dashboard_session_denylist")
    .select("session_id")
    .where("session_id", "=", sessionId)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return row !== undefined;
}
