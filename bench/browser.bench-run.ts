import fs from "node:fs";
import { it } from "vitest";
import { firstDataOn, idleTabsOn } from "./idle-tabs-on";
import { writeResults } from "./report";
import type { BenchResults } from "./results";
import { ensureBuild } from "./server";

/**
 * `npm run bench:browser`: the browser benches alone, first data visible and idle tabs
 * (BENCH_IDLE_SECONDS, default 120, 0 keeps the last run's; with BENCH_BASELINE_DIR, another
 * checkout's build measured side by side), written into the committed results beside the rest of the
 * last full run.
 */
it("measures first data visible and idle browser tabs and records them in bench/RESULTS.md", async () => {
  ensureBuild();
  const results = JSON.parse(fs.readFileSync("bench/results.json", "utf8")) as BenchResults;
  results.firstData = await firstDataOn();
  console.log(`[bench] first data: ${JSON.stringify(results.firstData, null, 1)}`);
  if (process.env.BENCH_IDLE_SECONDS !== "0") results.browser = await idleTabsOn();
  writeResults(results);
  console.log(`[bench] idle tabs: ${JSON.stringify(results.browser, null, 1)}`);
});
