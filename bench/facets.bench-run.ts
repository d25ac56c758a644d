// Facet counts (issue #16, point 1): the full set of facets, p95 at a million transactions, on SQLite
// and PostgreSQL side by side (budget 50 ms). In-process, like the search and stats benches.
//   BENCH_N=1000000 BENCH_PG_PREFIX=bench_facets npm run bench:facets    (BENCH_DB=sqlite for one backend)
// Writes bench/facets-results.json and prints the table (bench/NOTES.md keeps the committed run).
import fs from "node:fs";
import os from "node:os";
import { it } from "vitest";
import { benchFacets, type FacetsResultRow } from "./facets";
import { ensureDataset } from "./generate";
import { benchBackends } from "./postgres";
import { ensurePostgresDataset } from "./postgres-load";
import { pickSample } from "./requests";

const N = Number(process.env.BENCH_N ?? 1_000_000);
const BUDGET_MS = 50;
const load = () => os.loadavg()[0].toFixed(2);
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;

it(`times the full set of facets at ${N.toLocaleString("en")} transactions`, async () => {
  const backends = benchBackends();
  const dataset = await ensureDataset(N);
  const sample = pickSample(dataset);
  const loads: Record<string, string> = {};
  const rows: FacetsResultRow[] = [];
  if (backends.sqlite) {
    loads.sqlite = load();
    rows.push(...(await benchFacets(dataset, sample)));
  }
  if (backends.postgres) {
    const { dataset: pgDataset } = await ensurePostgresDataset(dataset);
    loads.postgres = load();
    rows.push(...(await benchFacets(pgDataset, sample)));
  }
  const names = [...new Set(rows.map((r) => r.name))];
  const cell = (name: string, backend: string) => {
    const row = rows.find((r) => r.name === name && r.backend === backend);
    if (!row) return "— | ";
    const note = row.exact ? "" : " (capped)";
    return `${ms(row.latency.p95)} (p50 ${ms(row.latency.p50)})${note} | ${row.latency.p95 <= BUDGET_MS ? "pass" : "**miss**"}`;
  };
  const table = [
    `Facets, full set (${rows[0]?.n.toLocaleString("en")} transactions; load average at the start: SQLite ${loads.sqlite ?? "—"}, PostgreSQL ${loads.postgres ?? "—"}; ${os.cpus().length} cores)`,
    "",
    `| facets, full set: filter | budget | SQLite p95 | | PostgreSQL p95 | |`,
    "|---|---|---|---|---|---|",
    ...names.map((name) => `| ${name} | p95 ≤ ${BUDGET_MS} ms | ${cell(name, "sqlite")} | ${cell(name, "postgres")} |`),
  ].join("\n");
  fs.writeFileSync("bench/facets-results.json", JSON.stringify({ n: N, loads, rows }, null, 2) + "\n");
  console.log(`\n${table}\n`);
});
