import { addressBlock } from "@/lib/net/client-address";

/**
 * Throttle of failed sign-ins at the token endpoint (DESIGN §6). Failures are counted per
 * (user, address), per user and per address; past a count's free allowance the next attempt must
 * wait a delay that doubles with each further failure, up to a minute, never a long lock. So:
 * - guessing one account's password gets a few tries, then about one a minute, from anywhere;
 * - one address trying many user names is slowed the same way;
 * - a stranger's failures hold a user up for at most a minute after the stranger's last one, and
 *   not at all from an address where the user signed in before: such a "known" pair is held only
 *   by its own (user, address) count;
 * - attempts answered 429 are not failures, so hammering does not lengthen the wait;
 * - successes never count, so many sign-ins from one address (an office, a test suite) cost nothing.
 * A throttled attempt is answered 429 with `Retry-After` (seconds) and `{error: "too_many_requests"}`:
 * RFC 6749 has no code for this, and the device grant's `slow_down` means "poll less often".
 *
 * Two implementations keep the counts: this file's, in process memory (one process: the SQLite store),
 * and throttle-postgres.ts's, in the store's PostgreSQL database, where the counts of every instance
 * behind a load balancer add up; throttle-for-store.ts picks one for a store.
 */
export interface ThrottlePolicy {
  /** Failures allowed without delay, per count. */
  free: { pair: number; user: number; address: number };
  /** The delay after the first failure past the allowance; each further failure doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A count is forgotten this long after its last failure. */
  forgetAfterMs: number;
  /** How long a (user, address) pair stays known after a successful sign-in. */
  knownForMs: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  free: { pair: 3, user: 6, address: 20 },
  firstDelayMs: 2_000,
  maxDelayMs: 60_000,
  forgetAfterMs: 15 * 60_000,
  knownForMs: 30 * 24 * 60 * 60_000,
};

/** The wait after `failures` failures of a count with `free` allowed: 0, then doubling up to the cap. */
export function delayAfter(failures: number, free: number, policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY): number {
  if (failures < free) return 0;
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(failures - free, 30));
}

/** One password check in progress, counted as a failure until it is known to be something else. */
export interface SignInAttempt {
  /** The user signed in from this address before (the hashing queue serves these first). */
  known: boolean;
  /** The password was right: the pair's failures are forgotten and the pair becomes known. */
  succeeded(): Promise<void>;
  /** The password was never checked (e.g. the hashing queue was full): the attempt does not count. */
  withdraw(): Promise<void>;
}

/** The failed sign-in counts; asynchronous, as they may live in a database shared by several instances. */
export interface SignInThrottle {
  /** Seconds to wait before an attempt for `user` (null: not known yet) from `address`, else 0. */
  retryAfter(user: string | null, address: string, now?: number): Promise<number>;
  /**
   * Starts a password check, counted as a failure at once so that parallel guesses cannot all pass
   * the check first; or how many seconds to wait instead.
   */
  begin(user: string, address: string, now?: number): Promise<SignInAttempt | { retryAfter: number }>;
  /** Counts a failure without a user (a wrong client secret) against the address. */
  recordFailure(address: string, now?: number): Promise<void>;
  reset(): Promise<void>;
}

/** The keys of an attempt's three counts; pair and user are null without a user. */
export interface ThrottleKeys {
  pair: string | null;
  user: string | null;
  address: string;
}

/** The counts' keys for a user name (trimmed, lower case) and an address (an IPv6 address's /64). */
export function throttleKeys(user: string | null, address: string): ThrottleKeys {
  const block = addressBlock(address);
  // Cut to an e-mail's maximum length, so that keys stay small whatever is sent.
  const name = user === null ? null : user.trim().toLowerCase().slice(0, 254);
  return {
    pair: name === null ? null : `pair:${name} ${block}`,
    user: name === null ? null : `user:${name}`,
    address: `addr:${block}`,
  };
}

/** A count of failures and the time of the last one. */
export interface FailureCount {
  failures: number;
  last: number;
}

/** Whether a count is still remembered at `now` (forgotten `forgetAfterMs` after its last failure). */
export const isCurrent = (count: FailureCount, now: number, policy: ThrottlePolicy) =>
  now - count.last <= policy.forgetAfterMs;

/**
 * Seconds to wait at `now` given the current counts of an attempt's keys (absent: none), or 0. A
 * known pair is held only by its own count.
 */
export function secondsToWait(
  counts: { pair?: FailureCount; user?: FailureCount; address?: FailureCount },
  known: boolean,
  now: number,
  policy: ThrottlePolicy,
): number {
  const waitMs = (count: FailureCount | undefined, free: number) => {
    if (!count || !isCurrent(count, now, policy)) return 0;
    const delay = delayAfter(count.failures, free, policy);
    // NOTE: within the allowance nobody waits, even when another instance's clock put `last` ahead of ours.
    return delay ? Math.max(0, count.last + delay - now) : 0;
  };
  const ms = known
    ? waitMs(counts.pair, policy.free.pair)
    : Math.max(
        waitMs(counts.pair, policy.free.pair),
        waitMs(counts.user, policy.free.user),
        waitMs(counts.address, policy.free.address),
      );
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** Past this many counts (or known pairs), forgotten ones are swept and the oldest dropped. */
const MAX_KEYS = 10_000;

/**
 * Creates a throttle that keeps its counts in this process's memory: the one of a SQLite store
 * (one process), and the stand-in of the PostgreSQL one while its database does not answer.
 */
export function createSignInThrottle(policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY): SignInThrottle {
  const counts = new Map<string, FailureCount>();
  const knownUntil = new Map<string, number>();

  const current = (key: string | null, now: number): FailureCount | undefined => {
    const count = key ? counts.get(key) : undefined;
    if (count && !isCurrent(count, now, policy)) counts.delete(key!);
    else return count;
  };
  const isKnown = (pair: string | null, now: number): boolean => {
    const until = pair ? knownUntil.get(pair) : undefined;
    if (until !== undefined && until <= now) knownUntil.delete(pair!);
    return until !== undefined && until > now;
  };
  const wait = (keys: ThrottleKeys, known: boolean, now: number): number =>
    secondsToWait(
      { pair: current(keys.pair, now), user: current(keys.user, now), address: current(keys.address, now) },
      known,
      now,
      policy,
    );
  const fail = (key: string | null, now: number) => {
    if (!key) return;
    const count = current(key, now) ?? { failures: 0, last: now };
    count.failures += 1;
    count.last = now;
    // Re-inserted so that the map's order is last-failure order, oldest first.
    counts.delete(key);
    counts.set(key, count);
    if (counts.size > MAX_KEYS) sweep(now);
  };
  const unfail = (key: string | null, now: number) => {
    const count = current(key, now);
    if (count && --count.failures <= 0) counts.delete(key!);
  };
  const sweep = (now: number) => {
    for (const key of [...counts.keys()]) current(key, now);
    for (const key of counts.keys()) {
      if (counts.size <= MAX_KEYS * 0.9) break;
      counts.delete(key);
    }
  };
  const remember = (pair: string, now: number) => {
    knownUntil.delete(pair);
    knownUntil.set(pair, now + policy.knownForMs);
    if (knownUntil.size > MAX_KEYS) knownUntil.delete(knownUntil.keys().next().value!);
  };

  return {
    async retryAfter(user, address, now = Date.now()) {
      const keys = throttleKeys(user, address);
      return wait(keys, isKnown(keys.pair, now), now);
    },
    async begin(user, address, now = Date.now()) {
      const keys = throttleKeys(user, address);
      const known = isKnown(keys.pair, now);
      const seconds = wait(keys, known, now);
      if (seconds) return { retryAfter: seconds };
      for (const key of [keys.pair, keys.user, keys.address]) fail(key, now);
      return settleOnce({
        known,
        succeeded: async () => {
          counts.delete(keys.pair!);
          unfail(keys.user, now);
          unfail(keys.address, now);
          remember(keys.pair!, now);
        },
        withdraw: async () => {
          for (const key of [keys.pair, keys.user, keys.address]) unfail(key, now);
        },
      });
    },
    async recordFailure(address, now = Date.now()) {
      fail(throttleKeys(null, address).address, now);
    },
    async reset() {
      counts.clear();
      knownUntil.clear();
    },
  };
}

/** An attempt whose outcome counts once: whichever of succeeded and withdraw comes first, the rest do nothing. */
export function settleOnce(attempt: SignInAttempt): SignInAttempt {
  let settled = false;
  const once = (then: () => Promise<void>) => async () => {
    if (settled) return;
    settled = true;
    await then();
  };
  return { known: attempt.known, succeeded: once(attempt.succeeded), withdraw: once(attempt.withdraw) };
}

const shared = globalThis as unknown as { __trackSignInThrottle?: SignInThrottle };

/** The process-wide in-memory throttle (the SQLite store's; see throttle-for-store.ts). */
export const signInThrottle: SignInThrottle = (shared.__trackSignInThrottle ??= createSignInThrottle());
