import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import SQLite from "better-sqlite3";
import { it } from "vitest";
import { migrate, openDb } from "@/lib/track-api/store/db";
import { benchBff } from "./bff";
import { benchEventExport, benchExport, eventExportQuery } from "./export";
import { benchSizes, datasetReady, ensureDataset, type Dataset } from "./generate";
import { accessToken, signIn } from "./http";
import { benchStoreIngest } from "./ingest";
import { idleTabsOn } from "./idle-tabs-on";
import { benchHttpIngest } from "./ingest-http";
import { benchPostgresIngest } from "./ingest-postgres";
import { benchLive } from "./live";
import { benchPageWeight } from "./page-weight";
import { benchBackends, pgDatabaseName, serverSettings } from "./postgres";
import { ensurePostgresDataset } from "./postgres-load";
import { postgresExport, warmPostgres } from "./postgres-run";
import { ensureBenchAccount, purgeTenant, purgeTransactions, BENCH_INGEST_USER, BENCH_TENANT } from "./purge";
import { writeResults } from "./report";
import type { BenchResults } from "./results";
import { benchSearch } from "./search";
import { ensureBuild, startServer } from "./server";
import { soakOn } from "./soak";
import { benchStats } from "./stats";

const SIZES = benchSizes();
const BACKENDS = benchBackends();

/** Reads a file once, so the OS page cache holds it, as it would on a server that has been running. */
async function warm(file: string) {
  for await (const _chunk of fs.createReadStream(file, { highWaterMark: 8 * 2 ** 20 })) {
    // Nothing to do with the bytes.
  }
}

function peakMb(): number {
  const match = fs.readFileSync("/proc/self/status", "utf8").match(/^VmHWM:\s+(\d+) kB/m);
  return match ? Number(match[1]) / 1024 : 0;
}

function machine(): BenchResults["machine"] {
  const sqlite = new SQLite(":memory:");
  const version = (sqlite.prepare("select sqlite_version() as v").get() as { v: string }).v;
  sqlite.close();
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    sqlite: version,
    os: `${os.type()} ${os.release()}`,
  };
}

/** Runs one part of the set; a failure is recorded in the results instead of ending the run. */
async function part<T>(results: BenchResults, name: string, fn: () => Promise<T>): Promise<T | undefined> {
  const started = performance.now();
  results.phaseLoads?.push({ phase: name, load: os.loadavg()[0] });
  try {
    const value = await fn();
    console.log(`[bench] ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    console.error(`[bench] ${name} failed`, error);
    results.errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function httpBenches(results: BenchResults, dataset: Dataset) {
  const db = openDb(dataset.url);
  await migrate(db);
  await ensureBenchAccount(db);
  await db.destroy();
  results.build = ensureBuild();
  const server = await startServer(dataset.url);
  let liveIds: string[] = [];
  try {
    const session = await signIn(server.base, "demo@acme.test", "demo");
    // The export goes first, on a fresh server process, so its peak memory is its own.
    results.export = (await part(results, "CSV export", () => benchExport(server, session))) ?? null;
    results.eventExport =
      (await part(results, "event extract", () => benchEventExport(server, session, eventExportQuery(dataset.now)))) ??
      null;
    results.pageWeight = (await part(results, "page weight", () => benchPageWeight(server.base, session))) ?? [];
    const token = await accessToken(server.base, "demo@acme.test", "demo");
    results.bff = (await part(results, "BFF overhead", () => benchBff(server.base, session, token))) ?? [];
    const ingestToken = await accessToken(server.base, BENCH_INGEST_USER.email, BENCH_INGEST_USER.password);
    const httpIngest = await part(results, "HTTP ingest", () => benchHttpIngest(server.base, ingestToken, dataset));
    if (httpIngest) results.ingest.push(httpIngest);
    const live = await part(results, "live", async () =>
      benchLive(server.base, session, await accessToken(server.base, "ingest@acme.test", "demo")),
    );
    if (live) {
      liveIds = live.transactionIds;
      results.live = { view: live.view, pings: live.pings, latency: live.latency };
    }
  } finally {
    await server.stop();
  }
  try {
    results.soak = (await part(results, "soak", () => soakOn(dataset))) ?? null;
    results.browser = (await part(results, "idle browser tabs", () => idleTabsOn())) ?? null;
  } finally {
    // Leave the dataset as generated for the next run.
    const cleanup = openDb(dataset.url);
    await purgeTransactions(cleanup, "acme", liveIds);
    await purgeTenant(cleanup, BENCH_TENANT.id);
    await cleanup.destroy();
  }
}

it("runs the benchmark set and writes bench/RESULTS.md", async () => {
  const started = performance.now();
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    seconds: 0,
    load: [os.loadavg()[0], 0],
    phaseLoads: [],
    machine: machine(),
    datasets: [],
    build: null,
    search: [],
    stats: [],
    storePeakMb: null,
    ingest: [],
    bff: [],
    export: null,
    postgres: null,
    live: null,
    pageWeight: [],
    soak: null,
    errors: [],
  };
  const fresh = new Set(SIZES.filter((n) => !datasetReady(n)));
  if (fresh.size) {
    await part(results, `datasets ${[...fresh].join(", ")}`, async () => {
      execFileSync(
        process.execPath,
        [
          "node_modules/vitest/vitest.mjs",
          "run",
          "--config",
          "bench/vitest.bench.config.mts",
          "bench/generate.bench-run.ts",
        ],
        { stdio: "inherit" },
      );
    });
  }
  // The SQLite datasets are generated in any case: PostgreSQL's are copies of them.
  const datasets: Dataset[] = [];
  for (const n of SIZES) {
    const dataset = await part(results, `dataset ${n}`, () => ensureDataset(n));
    if (!dataset) continue;
    datasets.push(dataset);
    if (BACKENDS.sqlite)
      results.datasets.push({
        n,
        backend: "sqlite",
        tenants: dataset.tenants,
        megabytes: dataset.bytes / 2 ** 20,
        loadSeconds: dataset.loadSeconds,
        thisRun: fresh.has(n),
      });
  }
  const pgDatasets: Dataset[] = [];
  if (BACKENDS.postgres)
    for (const source of datasets) {
      const loaded = await part(results, `PostgreSQL dataset ${source.n}`, () => ensurePostgresDataset(source));
      if (!loaded) continue;
      pgDatasets.push(loaded.dataset);
      results.datasets.push({
        n: source.n,
        backend: "postgres",
        tenants: loaded.dataset.tenants,
        megabytes: loaded.dataset.bytes / 2 ** 20,
        loadSeconds: loaded.dataset.loadSeconds,
        thisRun: loaded.fresh,
      });
    }
  const sqliteDatasets = BACKENDS.sqlite ? datasets : [];
  if (pgDatasets.length)
    results.postgres = { ...(await serverSettings(pgDatabaseName(pgDatasets.at(-1)!.n))), export: null };
  for (const dataset of sqliteDatasets) await part(results, `warm ${dataset.n}`, () => warm(dataset.file));
  for (const dataset of pgDatasets) await part(results, `warm PostgreSQL ${dataset.n}`, () => warmPostgres(dataset));
  fs.writeFileSync("/proc/self/clear_refs", "5");
  // Size by size, each backend right after the other, so both see the machine in the same state.
  for (const n of SIZES) {
    for (const dataset of [...sqliteDatasets, ...pgDatasets].filter((d) => d.n === n)) {
      const label = `${dataset.backend} ${n}`;
      results.search.push(...((await part(results, `search ${label}`, () => benchSearch(dataset))) ?? []));
      results.stats.push(...((await part(results, `stats ${label}`, () => benchStats(dataset))) ?? []));
    }
  }
  results.storePeakMb = peakMb();
  const largest = sqliteDatasets.at(-1);
  if (largest) results.ingest.push(...((await part(results, "store ingest", () => benchStoreIngest(largest))) ?? []));
  const pgLargest = pgDatasets.at(-1);
  if (pgLargest)
    results.ingest.push(
      ...((await part(results, "PostgreSQL store ingest, 4 writers", () => benchPostgresIngest(pgLargest))) ?? []),
    );
  if (largest) {
    // NOTE: this machine reclaims idle page cache within minutes (free memory or not), so the file is
    // read again before the server's runs, as it was before the in-process ones.
    await part(results, `warm ${largest.n} again`, () => warm(largest.file));
    await part(results, "HTTP benches", () => httpBenches(results, largest));
  }
  if (pgLargest && results.postgres) {
    await part(results, `warm PostgreSQL ${pgLargest.n} again`, () => warmPostgres(pgLargest));
    results.postgres.export = (await part(results, "PostgreSQL CSV export", () => postgresExport(pgLargest))) ?? null;
  }
  results.seconds = (performance.now() - started) / 1000;
  results.load[1] = os.loadavg()[0];
  writeResults(results);
  console.log(
    `[bench] wrote bench/RESULTS.md in ${(results.seconds / 60).toFixed(1)} min; ${results.errors.length} errors`,
  );
});
