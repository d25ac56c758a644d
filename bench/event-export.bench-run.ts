import fs from "node:fs";
import os from "node:os";
import { it } from "vitest";
import { parseSearchQuery } from "@/lib/bff/search-query";
import { eventExtractStream } from "@/lib/domain/event-extract";
import { openDb } from "@/lib/track-api/store/db";
import { exportEvents } from "@/lib/track-api/store/event-export";
import { baselineEventExtract } from "./event-extract-baseline";
import { benchEventExport, drainLines, eventExportQuery, type EventExtractPass } from "./export";
import { benchSizes, ensureDataset, type Dataset } from "./generate";
import { signIn } from "./http";
import { ensurePostgresDataset } from "./postgres-load";
import { writeResults } from "./report";
import type { BenchResults } from "./results";
import { ensureBuild, startServer } from "./server";

/** Days of transactions the extract's search covers before the dataset's now (`BENCH_EVENTS_DAYS`, default 30). */
const days = () => Number(process.env.BENCH_EVENTS_DAYS ?? 30);
const readResults = () => JSON.parse(fs.readFileSync("bench/results.json", "utf8")) as BenchResults;

/**
 * `npm run bench:events`: the event extract through the BFF on the largest bench dataset (BENCH_N,
 * default 1,000,000), written into the committed results beside the rest of the last full run (which
 * measures it too). `-t "one process"` runs only the side-by-side passes of the previous and the
 * current code path in this process (no build, no server), on SQLite and, with BENCH_DB=both or
 * postgres, on PostgreSQL. Both read the CPU time besides the wall clock: on a loaded machine the
 * events per CPU second compare the code paths where the wall clock measures the neighbours.
 */
it("measures the event extract through the BFF and records it in bench/RESULTS.md", async () => {
  const dataset = await ensureDataset(benchSizes().at(-1)!);
  ensureBuild();
  const server = await startServer(dataset.url);
  try {
    const session = await signIn(server.base, "demo@acme.test", "demo");
    const results = readResults();
    results.eventExport = await benchEventExport(server, session, eventExportQuery(dataset.now, days()));
    writeResults(results);
    console.log(`[bench] event extract: ${JSON.stringify(results.eventExport)}`);
  } finally {
    await server.stop();
  }
});

it("measures the previous and the current extract side by side in one process", async () => {
  const sqlite = await ensureDataset(benchSizes().at(-1)!);
  const backends = (process.env.BENCH_DB ?? "sqlite").toLowerCase();
  const datasets: Dataset[] = [];
  if (backends !== "postgres") datasets.push(sqlite);
  if (backends === "postgres" || backends === "both") datasets.push((await ensurePostgresDataset(sqlite)).dataset);
  const query = eventExportQuery(sqlite.now, days());
  const parsed = parseSearchQuery(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const request = { filter: parsed.request.filter, sort: parsed.request.sort };
  const passes: EventExtractPass[] = [];
  for (const dataset of datasets) {
    const db = openDb(dataset.url);
    try {
      for (const code of ["before", "after"] as const) {
        const load = os.loadavg()[0]!;
        const cpu = process.cpuUsage();
        const started = performance.now();
        const stream =
          code === "before"
            ? await baselineEventExtract(db, "acme", request, "ndjson", dataset.now)
            : eventExtractStream((await exportEvents(db, "acme", request, "ndjson", dataset.now)).texts, "ndjson");
        const { lines, bytes } = await drainLines(stream);
        const seconds = (performance.now() - started) / 1000;
        const used = process.cpuUsage(cpu);
        const cpuSeconds = (used.user + used.system) / 1e6;
        const pass = {
          code,
          backend: dataset.backend,
          events: lines,
          bytes,
          seconds,
          eventsPerSecond: lines / seconds,
          cpuSeconds,
          eventsPerCpuSecond: lines / cpuSeconds,
          load,
        };
        console.log(`[bench] event extract in one process: ${JSON.stringify(pass)}`);
        passes.push(pass);
      }
    } finally {
      await db.destroy();
    }
  }
  const results = readResults();
  results.eventExtractPasses = { query, passes };
  writeResults(results);
});
