import fs from "node:fs";
import { it } from "vitest";
import { benchEventExport, eventExportQuery } from "./export";
import { benchSizes, ensureDataset } from "./generate";
import { signIn } from "./http";
import { writeResults } from "./report";
import type { BenchResults } from "./results";
import { ensureBuild, startServer } from "./server";

/**
 * `npm run bench:events`: the event extract through the BFF on the largest bench dataset (BENCH_N,
 * default 1,000,000), written into the committed results beside the rest of the last full run (which
 * measures it too).
 */
it("measures the event extract through the BFF and records it in bench/RESULTS.md", async () => {
  const dataset = await ensureDataset(benchSizes().at(-1)!);
  ensureBuild();
  const server = await startServer(dataset.url);
  try {
    const session = await signIn(server.base, "demo@acme.test", "demo");
    const results = JSON.parse(fs.readFileSync("bench/results.json", "utf8")) as BenchResults;
    results.eventExport = await benchEventExport(server, session, eventExportQuery(dataset.now));
    writeResults(results);
    console.log(`[bench] event extract: ${JSON.stringify(results.eventExport)}`);
  } finally {
    await server.stop();
  }
});
