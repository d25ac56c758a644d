import { dialectOf, type Db } from "@/lib/track-api/store/connection";
import { signInThrottle, type SignInThrottle } from "./throttle";
import { createPostgresSignInThrottle } from "./throttle-postgres";

// On globalThis: Next.js may bundle this module more than once, and every copy must use one throttle per store.
const shared = globalThis as unknown as { __trackPostgresThrottles?: WeakMap<Db, SignInThrottle> };
const postgresThrottles = (shared.__trackPostgresThrottles ??= new WeakMap());

/**
 * The sign-in throttle of a store: on PostgreSQL one that counts in the store's database, shared
 * by every instance on it; on SQLite (one process) the process-wide in-memory one.
 */
export function signInThrottleFor(db: Db): SignInThrottle {
  if (dialectOf(db).kind !== "postgres") return signInThrottle;
  let throttle = postgresThrottles.get(db);
  if (!throttle) postgresThrottles.set(db, (throttle = createPostgresSignInThrottle(db)));
  return throttle;
}
