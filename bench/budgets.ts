import type { BenchResults } from "./results";

/** One budget of the issue and how the run did against it. */
export interface Verdict {
  area: string;
  budget: string;
  measured: string;
  pass: boolean | null;
}

const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;
const verdict = (area: string, budget: string, measured: string, pass: boolean | null): Verdict => ({
  area,
  budget,
  measured,
  pass,
});

/** Every budget of the issue, checked against the results (null: not measured in this run). */
export function verdicts(r: BenchResults): Verdict[] {
  const out: Verdict[] = [];
  const sizes = [...new Set(r.search.map((s) => s.n))].sort((a, b) => a - b);
  const small = sizes[0];
  const large = sizes.at(-1);
  for (const name of [...new Set(r.search.map((s) => s.name))]) {
    const at = (n: number | undefined) => r.search.find((s) => s.name === name && s.n === n);
    const big = at(large);
    const base = at(small);
    if (!big) continue;
    out.push(
      verdict(
        `search: ${name}`,
        `p95 ≤ 50 ms at ${large?.toLocaleString("en")}`,
        ms(big.latency.p95),
        big.latency.p95 <= 50,
      ),
    );
    if (base && small !== large) {
      const ratio = big.latency.p95 / base.latency.p95;
      out.push(
        verdict(
          `search: ${name}`,
          `p95 at ${large?.toLocaleString("en")} ≤ 3 × p95 at ${small.toLocaleString("en")}`,
          `${ratio.toFixed(1)} × (${ms(base.latency.p95)} → ${ms(big.latency.p95)})`,
          ratio <= 3,
        ),
      );
    }
  }
  for (const s of r.stats.filter((s) => s.n === large))
    out.push(
      verdict(
        `stats: ${s.name}`,
        `p95 ≤ 100 ms at ${large?.toLocaleString("en")}`,
        ms(s.latency.p95),
        s.latency.p95 <= 100,
      ),
    );
  for (const i of r.ingest) {
    const min = i.name.startsWith("HTTP") ? 5_000 : 20_000;
    out.push(
      verdict(
        `ingest: ${i.name}`,
        `≥ ${min.toLocaleString("en")} events/s`,
        `${Math.round(i.eventsPerSecond).toLocaleString("en")} events/s`,
        i.eventsPerSecond >= min,
      ),
    );
  }
  for (const b of r.bff) {
    out.push(
      verdict(
        `BFF: ${b.name}`,
        "p50 overhead ≤ 3 ms",
        `${ms(b.overheadP50)} (${ms(b.bff.p50)} vs ${ms(b.direct.p50)})`,
        b.overheadP50 <= 3,
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
  if (r.export) {
    const e = r.export;
    out.push(
      verdict(
        "CSV export through the BFF",
        "≥ 50,000 rows/s",
        `${Math.round(e.rowsPerSecond).toLocaleString("en")} rows/s (${e.rows.toLocaleString("en")} rows in ${e.seconds.toFixed(1)} s)`,
        e.rowsPerSecond >= 50_000,
      ),
    );
    out.push(
      verdict(
        "CSV export through the BFF",
        "peak memory ≤ 300 MB",
        `${Math.round(e.peakMb)} MB (server RSS before: ${Math.round(e.startRssMb)} MB)`,
        e.peakMb <= 300,
      ),
    );
  }
  if (r.live)
    out.push(
      verdict(
        "live: ingest → SSE ping",
        "p95 ≤ 2 s",
        `${ms(r.live.latency.p95)} (p50 ${ms(r.live.latency.p50)}, ${r.live.pings} pings)`,
        r.live.latency.p95 <= 2_000,
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
        s.latency.p99 <= 250,
      ),
    );
    const grew = s.after.rssMb - s.before.rssMb;
    out.push(
      verdict(
        area,
        "RSS after a GC within 100 MB of before",
        `${grew >= 0 ? "+" : ""}${grew} MB (${s.before.rssMb} → ${s.after.rssMb} MB; peak ${Math.round(s.peakRssMb)} MB)`,
        grew <= 100,
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
        p.gzipKb <= 200,
      ),
    );
  return out;
}
