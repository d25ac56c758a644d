import fs from "node:fs";
import { it } from "vitest";
import { writeResults } from "./report";
import type { BenchResults } from "./results";

// Re-renders bench/RESULTS.md from the committed bench/results.json (after editing bench/NOTES.md):
// npx vitest run --config bench/vitest.bench.config.mts bench/render.bench-run.ts
it("renders bench/RESULTS.md from bench/results.json", () => {
  writeResults(JSON.parse(fs.readFileSync("bench/results.json", "utf8")) as BenchResults);
});
