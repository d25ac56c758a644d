import { sql } from "kysely";
import type { Db } from "@/lib/track-api/store/db";
import {
  createSignInThrottle,
  DEFAULT_THROTTLE_POLICY,
  type FailureCount,
  secondsToWait,
  settleOnce,
  type SignInAttempt,
  type SignInThrottle,
  type ThrottleKeys,
  type ThrottlePolicy,
  throttleKeys,
} from "./throttle";

/** The advisory-lock namespace (first key) of the throttle's per-count locks. */
const LOCK_NAMESPACE = 0x7468; // "th"
/** How long a sign-in waits for another instance's lock on the same counts before it gives up on the database. */
const LOCK_TIMEOUT_MS = 2_000;
/** How often (in the callers' time) each instance deletes forgotten counts and expired known pairs. */
const SWEEP_EVERY_MS = 60_000;

export interface PostgresThrottleOptions {
  /** Where the one line per database outage goes (default: console.error). */
  log?: (message: string) => void;
}

/**
 * A sign-in throttle whose counts live in the store's PostgreSQL database (tables of migration
 * 0006-sign-in-throttle), so that the failures through every instance add up, with the semantics of
 * the in-memory throttle (throttle.ts). `begin` checks and counts under per-count advisory locks
 * (taken in one order, so two attempts never wait for each other in a circle): parallel attempts on
 * any instances see each other's counts, and no more pass than the allowance lets.
 * NOTE: when a call to the database fails, that call is answered by an in-memory throttle of this
 * process instead (one log line per outage, never an error to the caller): during an outage each
 * instance counts on its own, as a single process would.
 */
export function createPostgresSignInThrottle(
  db: Db,
  policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
  { log = (message) => console.error(message) }: PostgresThrottleOptions = {},
): SignInThrottle {
  const fallback = createSignInThrottle(policy);
  let down = false;
  let lastSweep = -Infinity;

  /** `run` against the database, or `otherwise` (the in-memory throttle) when that fails. */
  const guarded = async <T>(run: () => Promise<T>, otherwise: () => Promise<T>): Promise<T> => {
    let result: T;
    try {
      result = await run();
    } catch (error) {
      if (!down) {
        down = true;
        const reason = error instanceof Error ? error.message : String(error);
        log(`[auth] sign-in throttle: PostgreSQL failed (${reason}); counting in this process until it answers again`);
      }
      return otherwise();
    }
    if (down) {
      down = false;
      log("[auth] sign-in throttle: PostgreSQL answers again; counting in the database");
    }
    return result;
  };

  const read = async (trx: Db, keys: ThrottleKeys, now: number) => {
    const names = [keys.pair, keys.user, keys.address].filter((key) => key !== null);
    const rows = await sql<FailureCount & { key: string }>`
      select key, failures, last from sign_in_failures where key = any(${names}::text[])`.execute(trx);
    const byKey = new Map(rows.rows.map((row) => [row.key, row]));
    const get = (key: string | null) => (key === null ? undefined : byKey.get(key));
    const known =
      keys.pair !== null &&
      (
        await sql<{
          one: number;
        }>`select 1 as one from sign_in_known_pairs where pair = ${keys.pair} and until > ${now}`.execute(trx)
      ).rows.length > 0;
    return { counts: { pair: get(keys.pair), user: get(keys.user), address: get(keys.address) }, known };
  };

  // One statement per change, each atomic on its rows. A count forgotten by `now` starts again at
  // one; `last` only moves forward, as instances' clocks may differ by a little.
  const fail = (trx: Db, keys: (string | null)[], now: number) =>
    sql`insert into sign_in_failures as f (key, failures, last)
      select key, 1, ${now}::bigint from unnest(${keys.filter((key) => key !== null)}::text[]) as key
      on conflict (key) do update set
        failures = case when ${now}::bigint - f.last > ${policy.forgetAfterMs}::bigint then 1 else f.failures + 1 end,
        last = greatest(f.last, ${now}::bigint)`.execute(trx);
  // A count at zero is left for the sweep; it holds nobody up (secondsToWait).
  const unfail = (keys: (string | null)[], now: number) =>
    sql`update sign_in_failures set failures = greatest(failures - 1, 0)
      where key = any(${keys.filter((key) => key !== null)}::text[])
        and ${now}::bigint - last <= ${policy.forgetAfterMs}::bigint`.execute(db);

  const sweep = async (now: number) => {
    if (now - lastSweep < SWEEP_EVERY_MS && now >= lastSweep) return;
    lastSweep = now;
    await sql`delete from sign_in_failures where last < ${now - policy.forgetAfterMs}::bigint`.execute(db);
    await sql`delete from sign_in_known_pairs where until <= ${now}::bigint`.execute(db);
  };

  const attemptOf = (keys: ThrottleKeys, known: boolean, now: number): SignInAttempt =>
    settleOnce({
      known,
      succeeded: () =>
        guarded(
          async () => {
            await db.transaction().execute(async (trx) => {
              await sql`delete from sign_in_failures where key = ${keys.pair}`.execute(trx);
              await sql`insert into sign_in_known_pairs as k (pair, until) values (${keys.pair}, ${now + policy.knownForMs}::bigint)
                on conflict (pair) do update set until = greatest(k.until, excluded.until)`.execute(trx);
            });
            await unfail([keys.user, keys.address], now);
          },
          async () => {},
        ),
      withdraw: () =>
        guarded(
          async () => {
            await unfail([keys.pair, keys.user, keys.address], now);
          },
          async () => {},
        ),
    });

  return {
    retryAfter: (user, address, now = Date.now()) =>
      guarded(
        async () => {
          const { counts, known } = await read(db, throttleKeys(user, address), now);
          return secondsToWait(counts, known, now, policy);
        },
        () => fallback.retryAfter(user, address, now),
      ),
    begin: (user, address, now = Date.now()) =>
      guarded(
        async () => {
          const keys = throttleKeys(user, address);
          const started = await db
            .transaction()
            .execute(async (trx): Promise<{ retryAfter: number } | { known: boolean }> => {
              await sql`select set_config('lock_timeout', ${`${LOCK_TIMEOUT_MS}ms`}, true)`.execute(trx);
              // One lock per count, in the order of the lock keys: two attempts that share a count
              // check and count one after the other.
              await sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}, h) from (
                select distinct hashtext(key) as h from unnest(${[keys.pair, keys.user, keys.address]}::text[]) as key order by h
              ) as locks`.execute(trx);
              const { counts, known } = await read(trx, keys, now);
              const seconds = secondsToWait(counts, known, now, policy);
              if (seconds) return { retryAfter: seconds };
              await fail(trx, [keys.pair, keys.user, keys.address], now);
              return { known };
            });
          await sweep(now).catch(() => {});
          return "retryAfter" in started ? started : attemptOf(keys, started.known, now);
        },
        () => fallback.begin(user, address, now),
      ),
    recordFailure: (address, now = Date.now()) =>
      guarded(
        async () => {
          await fail(db, [throttleKeys(null, address).address], now);
          await sweep(now).catch(() => {});
        },
        () => fallback.recordFailure(address, now),
      ),
    reset: async () => {
      await fallback.reset();
      await guarded(
        async () => {
          await sql`delete from sign_in_failures`.execute(db);
          await sql`delete from sign_in_known_pairs`.execute(db);
        },
        async () => {},
      );
    },
  };
}
