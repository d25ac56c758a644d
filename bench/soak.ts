import os from "node:os";
import { BENCH_NOW, type Dataset } from "./generate";
import { signIn, type CookieJar } from "./http";
import { summarize, type Latency } from "./measure";
import { startServer } from "./server";

/** Memory of the server's process after a full GC (the server runs with --expose-gc and TRACK_FAULTS=1). */
export interface MemorySample {
  rssMb: number;
  heapUsedMb: number;
  externalMb: number;
  arrayBuffersMb: number;
}

export interface SoakRun {
  seconds: number;
  /** Requests per second offered to the signed-in list (open loop: sent on schedule, not after answers). */
  rate: number;
  requests: number;
  errors: number;
  latency: Latency;
  sseClients: number;
  /** SSE streams that failed to open or ended before the run did. */
  sseErrors: number;
  before: MemorySample;
  /** Highest RSS seen during the run (sampled every second, no GC forced). */
  peakRssMb: number;
  after: MemorySample;
}

/**
 * What the list page asks for: mostly its default view, and the usual filters in turn. Free text
 * is left out: a word that matches most rows costs 50 ms at 100,000 rows on its own (bench/NOTES.md).
 */
export const LIST_QUERIES = [
  "",
  "?range=24h",
  "",
  "?status=error,rejected",
  "",
  "?range=7d&type=invoice&sort=amount.desc",
  "",
  "?overdue=true",
];
const LIVE_VIEWS = ["?range=24h", "?range=today", "?range=7d&status=error", "?status=error", "?range=24h&type=invoice"];

async function memory(base: string): Promise<MemorySample> {
  const response = await fetch(`${base}/track/api/test/gc`, { method: "POST" });
  const body = (await response.json()) as MemorySample & { collected: boolean };
  if (!body.collected) throw new Error("soak: the server was not started with --expose-gc");
  return {
    rssMb: body.rssMb,
    heapUsedMb: body.heapUsedMb,
    externalMb: body.externalMb,
    arrayBuffersMb: body.arrayBuffersMb,
  };
}

/**
 * Opens one SSE stream: `opened` settles once it answered (or failed to), `held` once it ended,
 * true when that was `signal`'s doing rather than a failure.
 */
function holdStream(
  url: string,
  cookie: string,
  signal: AbortSignal,
): { opened: Promise<unknown>; held: Promise<boolean> } {
  let answered = () => {};
  const opened = new Promise<void>((resolve) => (answered = resolve));
  const held = (async () => {
    try {
      const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal });
      answered();
      if (!response.ok || !response.body) return false;
      for await (const _chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        // Heartbeats and pings; reading them keeps the server's buffers empty.
      }
      return signal.aborted;
    } catch {
      return signal.aborted;
    } finally {
      answered();
    }
  })();
  return { opened, held };
}

/**
 * A soak of the signed-in dashboard: `rate` list requests a second for `seconds` while `sseClients`
 * live streams stay open, with the server's memory after a full GC before and after.
 */
export async function benchSoak(
  base: string,
  session: CookieJar,
  {
    seconds = 300,
    rate = 100,
    sseClients = 200,
    rssOf,
  }: { seconds?: number; rate?: number; sseClients?: number; rssOf: () => number },
): Promise<SoakRun> {
  // Warm up every path first, so the "before" memory holds the compiled code and caches.
  for (const q of LIST_QUERIES)
    await (await fetch(`${base}/api/transactions${q}`, { headers: { cookie: session.header } })).arrayBuffer();
  const before = await memory(base);
  const streams = new AbortController();
  const held = Array.from({ length: sseClients }, (_, i) =>
    holdStream(`${base}/api/live${LIVE_VIEWS[i % LIVE_VIEWS.length]}`, session.header, streams.signal),
  );
  // The load starts once every stream is open: the soak measures the steady state, not the stampede.
  await Promise.all(held.map((h) => h.opened));
  let peakRssMb = rssOf();
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, rssOf())), 1_000);
  const samples: number[] = [];
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  const total = seconds * rate;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    inFlight.push(
      fetch(`${base}/api/transactions${LIST_QUERIES[i % LIST_QUERIES.length]}`, { headers: { cookie: session.header } })
        .then(async (response) => {
          await response.arrayBuffer();
          if (!response.ok) errors++;
          else samples.push(performance.now() - sent);
        })
        .catch(() => void errors++),
    );
  }
  await Promise.all(inFlight);
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  streams.abort();
  const sseErrors = (await Promise.all(held.map((h) => h.held))).filter((ok) => !ok).length;
  const after = await memory(base);
  return {
    seconds,
    rate,
    requests: total,
    errors,
    latency: summarize(samples, wallMs),
    sseClients,
    sseErrors,
    before,
    peakRssMb,
    after,
  };
}

/** A soak with the dataset it ran on and the machine's 1-minute load average before and after. */
export type SoakResult = SoakRun & { n: number; load: [number, number] };

/**
 * The soak on a server of its own over `dataset`, so its memory is not earlier runs': a full GC on
 * request (`POST /track/api/test/gc`), its data clock at the dataset's "now".
 */
export async function soakOn(dataset: Pick<Dataset, "url" | "n">, seconds?: number): Promise<SoakResult> {
  const env = { NODE_OPTIONS: "--expose-gc", TRACK_FAULTS: "1", TRACK_CLOCK_OFFSET_MS: String(BENCH_NOW - Date.now()) };
  const server = await startServer(dataset.url, undefined, [], env);
  try {
    const session = await signIn(server.base, "demo@acme.test", "demo");
    const load = os.loadavg()[0];
    const soak = await benchSoak(server.base, session, { seconds, rssOf: () => server.memory().rssMb });
    return { ...soak, n: dataset.n, load: [load, os.loadavg()[0]] };
  } finally {
    await server.stop();
  }
}
