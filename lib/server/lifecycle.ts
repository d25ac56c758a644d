/**
 * The server process's lifecycle: started → ready → draining → stopped.
 *
 * On SIGTERM/SIGINT the process drains before Next.js closes its HTTP server: readiness turns 503 so
 * the load balancer stops sending requests here, every open live stream is told to reconnect
 * (`retry:`) and closed (Next.js waits for open connections, so a stream left open would hold the
 * exit forever), in-flight work such as an ingest batch is awaited, and then the shutdown hooks run
 * in order (stop background work, release leases, close the database pools last).
 *
 * NOTE: the state lives on globalThis: Next.js bundles instrumentation.ts, the proxy and every route
 * separately, and all of them must see one draining flag and one set of streams.
 */

/** How long the browser waits before reconnecting a stream this instance closed while draining. */
export const RECONNECT_RETRY_MS = 1_000;
/** How long shutdown waits for in-flight work before it goes on regardless. */
export const INFLIGHT_TIMEOUT_MS = 10_000;
/** How long shutdown waits for one hook before it goes on to the next. */
export const HOOK_TIMEOUT_MS = 5_000;

/** Hooks of the `connections` phase run after every `work` hook: they close what the others use. */
export type ShutdownPhase = "work" | "connections";

interface Hook {
  name: string;
  fn: () => unknown;
  phase: ShutdownPhase;
}

interface LifecycleState {
  started: boolean;
  draining: boolean;
  hooks: Hook[];
  streams: Set<(retryMs: number) => void>;
  inflight: Set<Promise<unknown>>;
  shutdown?: Promise<void>;
  signalsInstalled: boolean;
  signalled: boolean;
}

const shared = globalThis as unknown as { __trackLifecycle?: LifecycleState };

function state(): LifecycleState {
  shared.__trackLifecycle ??= {
    started: false,
    draining: false,
    hooks: [],
    streams: new Set(),
    inflight: new Set(),
    signalsInstalled: false,
    signalled: false,
  };
  return shared.__trackLifecycle;
}

/** Marks the server's startup work (instrumentation's `register`) as finished. */
export function markStarted(): void {
  state().started = true;
}

/** Whether the startup work has finished. */
export function isStarted(): boolean {
  return state().started;
}

/** Whether the process is shutting down (readiness answers 503 from then on). */
export function isDraining(): boolean {
  return state().draining;
}

/**
 * Registers a hook that runs on shutdown, after open streams were closed and in-flight work finished
 * (or its wait timed out). Hooks run one at a time in registration order, `connections` hooks last;
 * each is bounded by HOOK_TIMEOUT_MS and a failing one does not stop the others. Returns an unregister.
 */
export function onShutdown(name: string, fn: () => unknown, phase: ShutdownPhase = "work"): () => void {
  const hook = { name, fn, phase };
  state().hooks.push(hook);
  return () => {
    const hooks = state().hooks;
    const at = hooks.indexOf(hook);
    if (at >= 0) hooks.splice(at, 1);
  };
}

/**
 * Registers an open live stream; on shutdown `close(retryMs)` must tell the client to reconnect after
 * `retryMs` and end the stream. A stream opened while draining is closed at once. Returns an
 * unregister, to call when the stream ends by itself.
 */
export function registerStream(close: (retryMs: number) => void): () => void {
  const s = state();
  if (s.draining) {
    // Deferred so the caller finishes setting up the stream it is closing.
    queueMicrotask(() => close(RECONNECT_RETRY_MS));
    return () => {};
  }
  s.streams.add(close);
  return () => s.streams.delete(close);
}

/** Number of open registered streams. */
export function openStreams(): number {
  return state().streams.size;
}

/** Runs `work` as in-flight work that shutdown waits for (bounded) before it runs its hooks. */
export function trackInflight<T>(work: () => Promise<T>): Promise<T> {
  const inflight = state().inflight;
  const running = work();
  const settled = running.then(
    () => {},
    () => {},
  );
  inflight.add(settled);
  void settled.then(() => inflight.delete(settled));
  return running;
}

/** Number of pieces of in-flight work. */
export function inflightCount(): number {
  return state().inflight.size;
}

function bounded(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface ShutdownOptions {
  inflightTimeoutMs?: number;
  hookTimeoutMs?: number;
  retryMs?: number;
  log?: (line: string) => void;
}

/**
 * Drains the process: draining on, streams told to reconnect and closed, in-flight work awaited
 * (bounded), then the hooks in order (each bounded). Idempotent: a second call gets the first's promise.
 */
export function shutdown(options: ShutdownOptions = {}): Promise<void> {
  const s = state();
  s.shutdown ??= (async () => {
    const {
      inflightTimeoutMs = INFLIGHT_TIMEOUT_MS,
      hookTimeoutMs = HOOK_TIMEOUT_MS,
      retryMs = RECONNECT_RETRY_MS,
      log = (line: string) => console.log(`[lifecycle] ${line}`),
    } = options;
    s.draining = true;
    const streams = [...s.streams];
    s.streams.clear();
    for (const close of streams) {
      try {
        close(retryMs);
      } catch (error) {
        log(`closing a live stream failed: ${message(error)}`);
      }
    }
    log(`draining: ${streams.length} live stream(s) closed, waiting for ${s.inflight.size} in-flight request(s)`);
    // New work may start while the load balancer has not yet seen readiness turn 503: wait for that too.
    const started = Date.now();
    while (s.inflight.size > 0) {
      const left = inflightTimeoutMs - (Date.now() - started);
      if (left <= 0 || !(await bounded(Promise.all(s.inflight), left))) {
        log(`in-flight work still running after ${inflightTimeoutMs} ms; shutting down regardless`);
        break;
      }
    }
    const ordered = [...s.hooks.filter((h) => h.phase === "work"), ...s.hooks.filter((h) => h.phase === "connections")];
    for (const hook of ordered) {
      try {
        const done = await bounded(Promise.resolve().then(hook.fn), hookTimeoutMs);
        if (!done) log(`shutdown hook "${hook.name}" did not finish within ${hookTimeoutMs} ms`);
      } catch (error) {
        log(`shutdown hook "${hook.name}" failed: ${message(error)}`);
      }
    }
  })();
  return s.shutdown;
}

/** After this long past the drain the process exits even if a connection still holds Next.js's close. */
const FORCE_EXIT_MS = 30_000;

/**
 * Puts shutdown in front of the signal handlers already installed (Next.js's `next start` closes its
 * HTTP server and exits on SIGTERM/SIGINT): on a signal the process drains first, then those handlers
 * run. NOTE: to be called from instrumentation's `register`, which `next start` runs after installing
 * its handlers; a handler added later runs at once on the signal, so background work registers an
 * `onShutdown` hook instead of listening for the signal itself.
 */
export function installSignalHandlers(exit: (code: number) => void = (code) => process.exit(code)): void {
  const s = state();
  if (s.signalsInstalled) return;
  s.signalsInstalled = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    const previous = process.listeners(signal);
    for (const listener of previous) process.off(signal, listener);
    process.on(signal, () => {
      // A repeated signal (a shell sends SIGINT to the whole group) changes nothing.
      if (s.signalled) return;
      s.signalled = true;
      console.log(`[lifecycle] ${signal}: draining, then ${previous.length} earlier handler(s)`);
      const code = signal === "SIGTERM" ? 143 : 130;
      void shutdown().then(() => {
        setTimeout(() => exit(code), FORCE_EXIT_MS).unref();
        if (previous.length === 0) exit(code);
        for (const listener of previous) (listener as (signal: NodeJS.Signals) => void)(signal);
      });
    });
  }
}

/** Forgets all state (tests only). */
export function resetLifecycleForTests(): void {
  shared.__trackLifecycle = undefined;
}
