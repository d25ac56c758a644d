import { availableParallelism } from "node:os";

/**
 * Bounds the password-hashing work (scrypt, a few hundred ms of CPU each) that a process does at
 * once: `concurrency` checks run, at most `maxWaiting` wait per lane, and the rest are refused at
 * once (the token endpoint answers 503 with Retry-After) instead of queueing without end. So a flood
 * of bad sign-ins costs any one sign-in at most a short wait. Priority checks (a user signing in
 * from an address where they signed in before) wait in their own lane, served first, so a flood
 * of strangers' sign-ins cannot starve them.
 */
export interface HashGateLimits {
  concurrency: number;
  /** Checks allowed to wait, per lane. */
  maxWaiting: number;
  /** What a refused check is told to wait. */
  retryAfterSeconds: number;
}

/** Half the cores (1–4) hash at once, so the server keeps CPU for everything else. */
export function defaultHashGateLimits(cores = availableParallelism()): HashGateLimits {
  const concurrency = Math.max(1, Math.min(4, Math.floor(cores / 2)));
  return { concurrency, maxWaiting: 4 * concurrency, retryAfterSeconds: 2 };
}

/** Thrown instead of queueing when the lane is full. */
export class HashGateFull extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("Too many password checks in progress");
    this.name = "HashGateFull";
  }
}

export interface HashGate {
  /** Runs `task` when a slot is free; throws HashGateFull if it would have to wait in a full lane. */
  run<T>(task: () => Promise<T>, priority?: boolean): Promise<T>;
  /** Checks running and waiting now (tests, diagnostics). */
  load(): { running: number; waiting: number };
}

/** Creates a gate; the app uses the shared `hashGate`, tests create their own. */
export function createHashGate(limits: HashGateLimits = defaultHashGateLimits()): HashGate {
  let running = 0;
  const lanes = { priority: [] as (() => void)[], normal: [] as (() => void)[] };

  const release = () => {
    // The slot passes straight to the next waiter, so `running` only drops when nobody waits.
    const next = lanes.priority.shift() ?? lanes.normal.shift();
    if (next) next();
    else running -= 1;
  };

  return {
    async run(task, priority = false) {
      if (running < limits.concurrency) {
        running += 1;
      } else {
        const lane = priority ? lanes.priority : lanes.normal;
        if (lane.length >= limits.maxWaiting) throw new HashGateFull(limits.retryAfterSeconds);
        await new Promise<void>((resolve) => lane.push(resolve));
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
    load() {
      return { running, waiting: lanes.priority.length + lanes.normal.length };
    },
  };
}

const shared = globalThis as unknown as { __trackHashGate?: HashGate };

/** The process-wide gate every password and client-secret check of the token endpoint goes through. */
export const hashGate: HashGate = (shared.__trackHashGate ??= createHashGate());
