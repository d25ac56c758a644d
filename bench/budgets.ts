import type { ExportRun } from "./export";
import type { IngestRun } from "./ingest";
import type { Backend, BenchResults, TimedRequest } from "./results";

/** How one backend did against a budget. */
export interface Outcome {
  measured: string;
  /** null: reported, no budget on this backend. */
  pass: boolean | null;
}

/** One budget of the issue and how each backend did against it (absent: not measured on it). */
export interface Verdict {
  area: string;
  budget: string;
  sqlite?: Outcome;
  postgres?: Outcome;
}

/**
 * The issue's budgets. PostgreSQL's (issue #12) are the SQLite ones for search, stats and export
 * at a million transactions; its ingestion budget is for 4 concurrent writers into the tenant of a
 * million (SQLite has one writer, and its budget is for that one).
 */
export const BUDGETS = {
  searchP95Ms: { sqlite: 50, postgres: 50 },
  /** p95 at the largest size over p95 at the smallest. */
  searchGrowth: { sqlite: 3, postgres: 3 },
  statsP95Ms: { sqlite: 100, postgres: 100 },
  storeIngestPerSecond: { sqlite: 20_000 },
  concurrentIngestPerSecond: { postgres: 10_000 },
  httpIngestPerSecond: { sqlite: 5_000 },
  exportRowsPerSecond: { sqlite: 50_000, postgres: 50_000 },
  exportPeakMb: { sqlite: 300, postgres: 300 },
  /** Events per second of the event extract through the BFF (issue #16). */
  eventExportPerSecond: 100_000,
  bffOverheadMs: 3,
  liveP95Ms: 2_000,
  soakP99Ms: 250,
  soakGrowthMb: 100,
  pageWeightKb: 200,
} as const;

const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;
const int = (n: number) => Math.round(n).toLocaleString("en");
const verdict = (area: string, budget: string, measured: string, pass: boolean | null): Verdict => ({
  area,
  budget,
  sqlite: { measured, pass },
});
const backendOf = (x: { backend?: Backend }): Backend => x.backend ?? "sqlite";
const BACKENDS: Backend[] = ["sqlite", "postgres"];

/** One verdict over both backends: `outcome` is asked for each backend's item, when there is one. */
function sideBySide<T>(
  area: string,
  budget: string,
  items: Partial<Record<Backend, T>>,
  outcome: (item: T, backend: Backend) => Outcome,
): Verdict {
  const v: Verdict = { area, budget };
  for (const backend of BACKENDS) if (items[backend] !== undefined) v[backend] = outcome(items[backend]!, backend);
  return v;
}

function searchVerdicts(r: BenchResults): Verdict[] {
  const out: Verdict[] = [];
  const sizes = [...new Set(r.search.map((s) => s.n))].sort((a, b) => a - b);
  const small = sizes[0];
  const large = sizes.at(-1);
  const at = (list: TimedRequest[], name: string, n: number | undefined, backend: Backend) =>
    list.find((s) => s.name === name && s.n === n && backendOf(s) === backend);
  const both = (list: TimedRequest[], name: string, n: number | undefined) =>
    Object.fromEntries(BACKENDS.map((b) => [b, at(list, name, n, b)]).filter(([, s]) => s)) as Partial<
      Record<Backend, TimedRequest>
    >;
  for (const name of [...new Set(r.search.map((s) => s.name))]) {
    out.push(
      sideBySide(
        `search: ${name}`,
        `p95 ≤ 50 ms at ${large?.toLocaleString("en")}`,
        both(r.search, name, large),
        (s, b) => ({
          measured: ms(s.latency.p95),
          pass: s.latency.p95 <= BUDGETS.searchP95Ms[b],
        }),
      ),
    );
    if (small === large) continue;
    out.push(
      sideBySide(
        `search: ${name}`,
        `p95 at ${large?.toLocaleString("en")} ≤ 3 × p95 at ${small.toLocaleString("en")}`,
        both(r.search, name, large),
        (big, b) => {
          const base = at(r.search, name, small, b);
          if (!base) return { measured: "(not measured at the smallest size)", pass: null };
          const ratio = big.latency.p95 / base.latency.p95;
          return {
            measured: `${ratio.toFixed(1)} × (${ms(base.latency.p95)} → ${ms(big.latency.p95)})`,
            pass: ratio <= BUDGETS.searchGrowth[b],
          };
        },
      ),
    );
  }
  for (const name of [...new Set(r.stats.map((s) => s.name))])
    out.push(
      sideBySide(
        `stats: ${name}`,
        `p95 ≤ 100 ms at ${large?.toLocaleString("en")}`,
        both(r.stats, name, large),
        (s, b) => ({
          measured: ms(s.latency.p95),
          pass: s.latency.p95 <= BUDGETS.statsP95Ms[b],
        }),
      ),
    );
  return out;
}

function ingestVerdicts(r: BenchResults): Verdict[] {
  return [...new Set(r.ingest.map((i) => i.name))].map((name) => {
    const runs: Partial<Record<Backend, IngestRun>> = Object.fromEntries(
      r.ingest.filter((i) => i.name === name).map((i) => [backendOf(i), i]),
    );
    const budgetOf = (b: Backend): number | undefined => {
      if (name.startsWith("HTTP")) return b === "sqlite" ? BUDGETS.httpIngestPerSecond.sqlite : undefined;
      if (name.includes("concurrent")) return b === "postgres" ? BUDGETS.concurrentIngestPerSecond.postgres : undefined;
      return b === "sqlite" ? BUDGETS.storeIngestPerSecond.sqlite : undefined;
    };
    const budgets = BACKENDS.filter((b) => runs[b] && budgetOf(b) !== undefined).map(
      (b) =>
        `≥ ${int(budgetOf(b)!)} events/s${Object.keys(runs).length > 1 ? ` (${b === "sqlite" ? "SQLite" : "PostgreSQL"})` : ""}`,
    );
    return sideBySide(`ingest: ${name}`, budgets.join("; ") || "(reported)", runs, (i, b) => ({
      measured: `${int(i.eventsPerSecond)} events/s`,
      pass: budgetOf(b) === undefined ? null : i.eventsPerSecond >= budgetOf(b)!,
    }));
  });
}

function exportVerdicts(r: BenchResults): Verdict[] {
  const runs: Partial<Record<Backend, ExportRun>> = {};
  if (r.export) runs.sqlite = r.export;
  if (r.postgres?.export) runs.postgres = r.postgres.export;
  if (!runs.sqlite && !runs.postgres) return [];
  return [
    sideBySide("CSV export", "≥ 50,000 rows/s", runs, (e, b) => ({
      measured: `${int(e.rowsPerSecond)} rows/s (${int(e.rows)} rows in ${e.seconds.toFixed(1)} s, through the ${e.via ?? "BFF"})`,
      pass: e.rowsPerSecond >= BUDGETS.exportRowsPerSecond[b],
    })),
    sideBySide("CSV export", "peak memory ≤ 300 MB", runs, (e, b) => ({
      measured: `${Math.round(e.peakMb)} MB (server RSS before: ${Math.round(e.startRssMb)} MB)`,
      pass: e.peakMb <= BUDGETS.exportPeakMb[b],
    })),
  ];
}

/** Every budget of the issue, checked against the results, side by side where both backends were measured. */
export function verdicts(r: BenchResults): Verdict[] {
  const out: Verdict[] = [...searchVerdicts(r), ...ingestVerdicts(r)];
  for (const b of r.bff) {
    out.push(
      verdict(
        `BFF: ${b.name}`,
        "p50 overhead ≤ 3 ms",
        `${ms(b.overheadP50)} (${ms(b.bff.p50)} vs ${ms(b.direct.p50)})`,
        b.overheadP50 <= BUDGETS.bffOverheadMs,
      ),
    );
    out.push(
      verdict(
        `BFF: ${b.name}`,
        `throughput at ${b.concurrent.clients} clients (reported)`,
        `${Math.round(b.concurrent.bff.perSecond)} req/s (Track API directly: ${Math.round(b.concurrent.direct.perSecond)} req/s)`,
        null,
      ),
    );
  }
  out.push(...exportVerdicts(r));
  if (r.live)
    out.push(
      verdict(
        "live: ingest → SSE ping",
        "p95 ≤ 2 s",
        `${ms(r.live.latency.p95)} (p50 ${ms(r.live.latency.p50)}, ${r.live.pings} pings)`,
        r.live.latency.p95 <= BUDGETS.liveP95Ms,
      ),
    );
  if (r.soak) {
    const s = r.soak;
    const area = `soak: ${s.rate} req/s on the list for ${s.seconds / 60} min, ${s.sseClients} SSE clients`;
    out.push(
      verdict(
        area,
        "0 errors",
        `${s.errors} of ${s.requests.toLocaleString("en")} requests, ${s.sseErrors} of ${s.sseClients} streams`,
        s.errors === 0 && s.sseErrors === 0,
      ),
    );
    out.push(
      verdict(
        area,
        "p99 ≤ 250 ms",
        `${ms(s.latency.p99)} (p50 ${ms(s.latency.p50)}, max ${ms(s.latency.max)})`,
        s.latency.p99 <= BUDGETS.soakP99Ms,
      ),
    );
    const grew = s.after.rssMb - s.before.rssMb;
    out.push(
      verdict(
        area,
        "RSS after a GC within 100 MB of before",
        `${grew >= 0 ? "+" : ""}${grew} MB (${s.before.rssMb} → ${s.after.rssMb} MB; peak ${Math.round(s.peakRssMb)} MB)`,
        grew <= BUDGETS.soakGrowthMb,
      ),
    );
  }
  for (const d of (r.firstData ?? []).filter((d) => d.firstPaint)) {
    const limit = d.cache === "warm" ? 600 : 1_200;
    out.push(
      verdict(
        `first data visible: ${d.page} (\`${d.path}\`), ${d.cache}`,
        `≤ ${limit} ms (median of ${d.runs})`,
        `${Math.round(d.medianMs)} ms (API ${Math.round(d.apiMedianMs)} ms)`,
        d.medianMs <= limit,
      ),
    );
  }
  for (const t of (r.browser ?? []).filter((t) => t.build === "this build")) {
    const area = `idle tab: ${t.name} (\`${t.path}\`)`;
    if (t.name === "overview, live") {
      out.push(
        verdict(
          area,
          "main thread ≤ 1.5 s per minute",
          `${(t.mainThreadMsPerMin / 1000).toFixed(2)} s (script ${(t.scriptMsPerMin / 1000).toFixed(2)} s)`,
          t.mainThreadMsPerMin <= 1_500,
        ),
      );
      out.push(
        verdict(
          area,
          "≤ 15 requests per minute",
          `${t.requestsPerMin.toFixed(1)} (${t.prefetchesPerMin.toFixed(1)} prefetches, ${t.abortedPerMin.toFixed(1)} aborted)`,
          t.requestsPerMin <= 15,
        ),
      );
      const grew = t.heapEndMb - t.heapStartMb;
      out.push(
        verdict(
          area,
          "JS heap after GC flat (± 5 MB) over 10 min",
          `${grew >= 0 ? "+" : ""}${grew.toFixed(1)} MB over ${t.seconds} s (${t.heapStartMb.toFixed(1)} → ${t.heapEndMb.toFixed(1)} MB)`,
          t.seconds >= 600 ? Math.abs(grew) <= 5 : null,
        ),
      );
    }
    if (t.forbiddenPerMin > 0 || t.name.includes("403"))
      out.push(
        verdict(
          area,
          "no repeated forbidden requests, live off",
          `${t.forbiddenPerMin.toFixed(1)} 403s per minute, live ${t.live ?? "–"}`,
          t.forbiddenPerMin === 0 && t.live === "off",
        ),
      );
  }
  for (const p of r.pageWeight)
    out.push(
      verdict(
        `page weight: ${p.route}`,
        "first-load JS ≤ 200 KB gzipped",
        `${p.gzipKb.toFixed(0)} KB gzipped (${p.files} files, ${p.rawKb.toFixed(0)} KB raw)`,
        p.gzipKb <= BUDGETS.pageWeightKb,
      ),
    );
  return out;
}
