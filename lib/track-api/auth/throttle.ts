/**
 * In-memory throttle of failed sign-ins at the token endpoint, counted per user name and per client
 * address over a sliding window. The user limit stops password guessing against one account
 * without affecting anyone else; the much higher address limit stops one address spraying many
 * user names. When over a limit the endpoint answers 429 with `Retry-After` (seconds) and
 * `{error: "too_many_requests", error_description}`: RFC 6749 has no code for this, and the device
 * grant's `slow_down` means "poll less often", which is not what happened.
 *
 * NOTE: state is per process; several instances behind a load balancer each count on their own.
 */
export interface ThrottleLimits {
  perUser: number;
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = { perUser: 5, perAddress: 50, windowMs: 15 * 60 * 1000 };

/** Past this many tracked keys, expired ones are swept (and the oldest dropped) to bound memory. */
const MAX_KEYS = 10_000;

export interface LoginThrottle {
  /** Seconds to wait if this user name or address is over its limit, else 0. */
  retryAfter(user: string | null, address: string, now?: number): number;
  /** Counts one failure against the user name (when known) and the address. */
  recordFailure(user: string | null, address: string, now?: number): void;
  /**
   * Counts a sign-in attempt as failed before the password is checked, so parallel guesses cannot
   * all pass `retryAfter` first; `succeeded()` withdraws it and clears the user name's failures.
   */
  beginAttempt(user: string, address: string, now?: number): { succeeded(): void };
  reset(): void;
}

/** Creates a throttle; the app uses the shared `loginThrottle`, tests create their own. */
export function createLoginThrottle(limits: ThrottleLimits = DEFAULT_THROTTLE_LIMITS): LoginThrottle {
  const failures = new Map<string, number[]>();
  const userKey = (user: string) => `user:${user.trim().toLowerCase()}`;
  const addressKey = (address: string) => `addr:${address}`;

  const recent = (key: string, now: number): number[] => {
    const times = failures.get(key)?.filter((t) => t > now - limits.windowMs) ?? [];
    if (times.length) failures.set(key, times);
    else failures.delete(key);
    return times;
  };
  const wait = (key: string, limit: number, now: number): number => {
    const times = recent(key, now);
    if (times.length < limit) return 0;
    // Allowed again once enough failures fall out of the window to get back under the limit.
    return Math.max(1, Math.ceil((times[times.length - limit] + limits.windowMs - now) / 1000));
  };
  const add = (key: string, limit: number, now: number) => {
    // Keep at most `limit` timestamps per key: older ones can never matter.
    const times = [...recent(key, now), now].slice(-limit);
    failures.delete(key);
    failures.set(key, times);
    if (failures.size > MAX_KEYS) sweep(now);
  };
  const sweep = (now: number) => {
    for (const key of [...failures.keys()]) recent(key, now);
    // Map order is last-failure order, so the first keys are the least recently active.
    for (const key of failures.keys()) {
      if (failures.size <= MAX_KEYS * 0.9) break;
      failures.delete(key);
    }
  };

  return {
    retryAfter(user, address, now = Date.now()) {
      const byUser = user ? wait(userKey(user), limits.perUser, now) : 0;
      return Math.max(byUser, wait(addressKey(address), limits.perAddress, now));
    },
    recordFailure(user, address, now = Date.now()) {
      if (user) add(userKey(user), limits.perUser, now);
      add(addressKey(address), limits.perAddress, now);
    },
    beginAttempt(user, address, now = Date.now()) {
      add(userKey(user), limits.perUser, now);
      add(addressKey(address), limits.perAddress, now);
      return {
        succeeded() {
          failures.delete(userKey(user));
          const times = failures.get(addressKey(address));
          const index = times?.lastIndexOf(now) ?? -1;
          if (times && index >= 0) times.splice(index, 1);
        },
      };
    },
    reset() {
      failures.clear();
    },
  };
}

const shared = globalThis as unknown as { __trackLoginThrottle?: LoginThrottle };

/** The process-wide throttle used by POST /auth/token. */
export const loginThrottle: LoginThrottle = (shared.__trackLoginThrottle ??= createLoginThrottle());

/** Forgets every recorded failure (tests). */
export function resetLoginThrottle(): void {
  loginThrottle.reset();
}

/**
 * The address the request came from: the last `x-forwarded-for` entry, which `next start` appends
 * itself (earlier entries are client-supplied and can be forged), else "unknown".
 */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || "unknown";
}
