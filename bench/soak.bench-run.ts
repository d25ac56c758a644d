import fs from "node:fs";
import { it } from "vitest";
import { benchSizes, ensureDataset } from "./generate";
import { writeResults } from "./report";
import type { BenchResults } from "./results";
import { ensureBuild } from "./server";
import { soakOn } from "./soak";

/**
 * `npm run bench:soak`: the soak alone, against the largest dataset (or BENCH_SOAK_N), written into
 * the committed results beside the rest of the last full run.
 */
it("soaks the signed-in dashboard and records it in bench/RESULTS.md", async () => {
  const dataset = await ensureDataset(Number(process.env.BENCH_SOAK_N ?? benchSizes().at(-1)));
  ensureBuild();
  const results = JSON.parse(fs.readFileSync("bench/results.json", "utf8")) as BenchResults;
  results.soak = await soakOn(dataset, Number(process.env.BENCH_SOAK_SECONDS ?? 300));
  writeResults(results);
  console.log(`[bench] soak: ${JSON.stringify(results.soak)}`);
});
