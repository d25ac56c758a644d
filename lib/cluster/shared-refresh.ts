import crypto from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { DashboardDatabase } from "@/lib/dashboard-store/schema";
import { outageLog } from "./outage";
import { sealer } from "./sealed";

/** How long a refresh's result is handed to other requests that carried the same refresh token. */
export const REFRESH_REUSE_MS = 30_000;

/**
 * One refresh per refresh token across the cluster: refresh tokens rotate, and an upstream that
 * sees one spent twice revokes the whole family (the user is signed out mid-work).
 */
export interface SharedRefresh {
  /** `refresh()`'s result for `refreshToken`, run at most once in the cluster within the reuse window. */
  run<T>(refreshToken: string, refresh: () => Promise<T>): Promise<T>;
}

/** One instance: the BFF's in-process single flight is all there is to share. */
export const localRefresh: SharedRefresh = { run: (_token, refresh) => refresh() };

/**
 * Through PostgreSQL: a transaction-scoped advisory lock on the token's hash makes the instances
 * take turns; the first refreshes and stores the result (encrypted with a key derived from
 * AUTH_SECRET) in dashboard_refresh_results, the others find it there. Without the database each
 * instance refreshes on its own (and says so once in the log).
 */
export class PostgresRefresh implements SharedRefresh {
  private readonly outage = outageLog("PostgreSQL refresh lock", "token refreshes are single-flight per instance only");

  constructor(
    private readonly db: () => Promise<Kysely<DashboardDatabase>>,
    private readonly secret: () => string,
  ) {}

  async run<T>(refreshToken: string, refresh: () => Promise<T>): Promise<T> {
    const hash = crypto.createHash("sha256").update(refreshToken).digest("base64url");
    const box = sealer(this.secret(), "refresh results");
    let obtained: { value: T } | undefined;
    let refreshFailed = false;
    try {
      const db = await this.db();
      const value = await db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(hashtextextended(${hash}, 0))`.execute(trx);
        const now = Date.now();
        const known = await trx
          .selectFrom("dashboard_refresh_results")
          .select("tokens")
          .where("token_hash", "=", hash)
          .where("created_at", ">", now - REFRESH_REUSE_MS)
          .executeTakeFirst();
        if (known) return box.open<T>(known.tokens);
        try {
          obtained = { value: await refresh() };
        } catch (error) {
          refreshFailed = true;
          throw error;
        }
        await trx
          .deleteFrom("dashboard_refresh_results")
          .where("created_at", "<=", now - REFRESH_REUSE_MS)
          .execute();
        await trx
          .insertInto("dashboard_refresh_results")
          .values({ token_hash: hash, tokens: box.seal(obtained.value), created_at: now })
          .onConflict((c) => c.column("token_hash").doNothing())
          .execute();
        return obtained.value;
      });
      this.outage.recovered();
      return value;
    } catch (error) {
      if (refreshFailed) throw error;
      this.outage.failed(error);
      // NOTE: a refresh that succeeded has spent the token: its result is the only one there is.
      return obtained ? obtained.value : refresh();
    }
  }
}
