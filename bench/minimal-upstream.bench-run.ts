import fs from "node:fs";
import { it } from "vitest";
import { benchSizes, ensureDataset } from "./generate";
import { benchMinimalUpstream } from "./minimal-upstream";
import { writeResults } from "./report";
import type { BenchResults } from "./results";
import { ensureBuild } from "./server";

/**
 * `npm run bench:minimal`: the overview against an upstream with only token and search, beside a full
 * one, on the largest bench dataset (BENCH_N, default 1,000,000; generated when missing); written into
 * the committed results beside the rest of the last full run.
 */
it("measures the overview computed from searches and records it in bench/RESULTS.md", async () => {
  const n = benchSizes().at(-1)!;
  const dataset = await ensureDataset(n);
  ensureBuild();
  const results = JSON.parse(fs.readFileSync("bench/results.json", "utf8")) as BenchResults;
  results.minimalUpstream = await benchMinimalUpstream(dataset);
  writeResults(results);
  console.log(`[bench] minimal upstream: ${JSON.stringify(results.minimalUpstream, null, 1)}`);
});
