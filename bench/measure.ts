/** Latency percentiles (ms) and throughput of a series of timed runs. */
export interface Latency {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Runs per second, one after the other (or all clients together for concurrent loads). */
  perSecond: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarize(samples: number[], wallMs = samples.reduce((a, b) => a + b, 0)): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length);
  return {
    runs: samples.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    mean,
    max: sorted.at(-1) ?? NaN,
    perSecond: wallMs > 0 ? (samples.length * 1000) / wallMs : NaN,
  };
}

export interface MeasureOptions {
  warmup?: number;
  /** Stop after this many runs… */
  maxRuns?: number;
  /** …or once this much time went by, but never before `minRuns`. */
  maxMs?: number;
  minRuns?: number;
}

/** Times `fn` sequentially: a few warm-up runs, then until the run or time limit. */
export async function measure(fn: () => unknown, options: MeasureOptions = {}): Promise<Latency> {
  const { warmup = 5, maxRuns = 300, maxMs = 3_000, minRuns = 30 } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - started < maxMs)) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return summarize(samples, performance.now() - started);
}

/** Runs `fn` from `clients` concurrent loops for `durationMs`; latency per call, throughput overall. */
export async function load(fn: () => Promise<unknown>, clients: number, durationMs: number): Promise<Latency> {
  const samples: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() - started < durationMs) {
        const t = performance.now();
        await fn();
        samples.push(performance.now() - t);
      }
    }),
  );
  return summarize(samples, performance.now() - started);
}

export const round = (n: number, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);
