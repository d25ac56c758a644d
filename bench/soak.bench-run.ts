import fs from "node:fs";
import os from "node:os";
import { it } from "vitest";
import { benchSizes, ensureDataset } from "./generate";
import { signIn } from "./http";
import { writeResults } from "./report";
import type { BenchResults } from "./results";
import { ensureBuild, startServer } from "./server";
import { benchSoak, soakServerEnv } from "./soak";

/**
 * `npm run bench:soak`: the soak alone, against the largest dataset (or BENCH_SOAK_N), written into
 * the committed results beside the rest of the last full run.
 */
it("soaks the signed-in dashboard and records it in bench/RESULTS.md", async () => {
  const n = Number(process.env.BENCH_SOAK_N ?? benchSizes().at(-1));
  const dataset = await ensureDataset(n);
  ensureBuild();
  const server = await startServer(dataset.url, Number(process.env.BENCH_PORT ?? 3200), [], soakServerEnv());
  try {
    const session = await signIn(server.base, "demo@acme.test", "demo");
    const load = os.loadavg()[0];
    const soak = await benchSoak(server.base, session, {
      seconds: Number(process.env.BENCH_SOAK_SECONDS ?? 300),
      rssOf: () => server.memory().rssMb,
    });
    const results = JSON.parse(fs.readFileSync("bench/results.json", "utf8")) as BenchResults;
    results.soak = { ...soak, n, load: [load, os.loadavg()[0]] };
    writeResults(results);
    console.log(`[bench] soak: ${JSON.stringify(results.soak)}`);
  } finally {
    await server.stop();
  }
});
