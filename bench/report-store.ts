import { BACKEND_NAMES, f, int, lat, table } from "./report-format";
import type { Backend, BenchResults, TimedRequest } from "./results";

const backendOf = (x: { backend?: Backend }): Backend => x.backend ?? "sqlite";

/**
 * A table of timed requests: a column per size and backend (side by side), then the totals each
 * size answered (one number when both backends agree, both when they do not).
 */
function timedTable(list: TimedRequest[], totals: "each" | "largest"): string {
  const sizes = [...new Set(list.map((s) => s.n))].sort((a, b) => a - b);
  const backends = (["sqlite", "postgres"] as Backend[]).filter((b) => list.some((s) => backendOf(s) === b));
  const columns = sizes.flatMap((n) => backends.map((b) => ({ n, b })));
  const at = (name: string, n: number, b: Backend) =>
    list.find((s) => s.name === name && s.n === n && backendOf(s) === b);
  const total = (name: string, n: number) => {
    const values = [...new Set(backends.map((b) => at(name, n, b)?.total).filter((t) => t !== undefined))];
    return values.map((t) => int(t!)).join(" / ") + (values.length > 1 ? " (differ!)" : "");
  };
  const totalSizes = totals === "each" ? sizes : sizes.slice(-1);
  const name = (n: number, b: Backend) => `${int(n)} ${backends.length > 1 ? BACKEND_NAMES[b] : ""}`.trim();
  return table(
    [
      "request",
      ...columns.map(({ n, b }) => `${name(n, b)}: p50 / p95 / p99`),
      ...totalSizes.map((n) => (totals === "each" ? `total at ${int(n)}` : "transactions counted (largest)")),
    ],
    [...new Set(list.map((s) => s.name))].map((request) => [
      request,
      ...columns.map(({ n, b }) => (at(request, n, b) ? lat(at(request, n, b)!.latency) : "")),
      ...totalSizes.map((n) => total(request, n)),
    ]),
  );
}

/** The in-process store sections of RESULTS.md: search, stats and ingestion, both backends side by side. */
export function storeSections(r: BenchResults): string[] {
  const out: string[] = [];
  const largest = Math.max(0, ...r.search.map((s) => s.n));
  out.push('## Track API search (in-process, `tenantStore(db, "acme").search`)', "", timedTable(r.search, "each"), "");
  for (const b of ["sqlite", "postgres"] as Backend[]) {
    const runs = r.search.filter((s) => s.n === largest && backendOf(s) === b);
    if (runs.length)
      out.push(
        `Throughput (one caller, sequential) at ${int(largest)}, ${BACKEND_NAMES[b]}: ${runs.map((s) => `${s.name} ${int(s.latency.perSecond)}/s`).join("; ")}.`,
        "",
      );
  }
  if (r.storePeakMb)
    out.push(`Peak memory of the bench process during the in-process runs: ${int(r.storePeakMb)} MB.`, "");
  out.push('## Stats (in-process, `tenantStore(db, "acme").stats`)', "", timedTable(r.stats, "largest"), "");
  out.push("## Ingestion", "");
  out.push(
    table(
      ["path", "backend", "events", "batch", "events/s", "batch latency p50 / p95 / p99"],
      r.ingest.map((i) => [
        i.name,
        BACKEND_NAMES[backendOf(i)],
        int(i.events),
        int(i.batchSize),
        int(i.eventsPerSecond),
        lat(i.latency),
      ]),
    ),
    "",
  );
  return out;
}

/** The PostgreSQL server and its settings, when it was measured. */
export function postgresSection(r: BenchResults): string[] {
  if (!r.postgres) return [];
  const settings = Object.entries(r.postgres.settings).map(([k, v]) => `\`${k}\` ${v}`);
  return [
    "## PostgreSQL",
    "",
    `PostgreSQL ${r.postgres.version} on the same machine (127.0.0.1, one connection per bench caller; the Track API's pool for the HTTP export). Settings as a session on the largest bench database saw them, with where each came from (\`database\`: \`ALTER DATABASE … SET\` by the bench, bench/postgres.ts; \`configuration file\`/\`default\`: the server's, which the bench does not change): ${settings.join(", ")}.`,
    "",
    "`shared_buffers` needs a server restart, and the server is shared with other work here, so it stays at the server's value above: the tables are read through the OS page cache (most of the machine's memory is free), as SQLite's file is.",
    "",
    ...(r.postgres.export
      ? [
          `CSV export on PostgreSQL, from the Track API directly (\`POST /track/api/transactions/export\` with a bearer token; the dashboard's own tables, which a BFF session needs, do not run on PostgreSQL yet): ${int(r.postgres.export.rows)} rows, ${int(r.postgres.export.bytes / 1048576)} MB in ${f(r.postgres.export.seconds)} s: **${int(r.postgres.export.rowsPerSecond)} rows/s**; server peak memory ${int(r.postgres.export.peakMb)} MB.`,
          "",
        ]
      : []),
  ];
}
