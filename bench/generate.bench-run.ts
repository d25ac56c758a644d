import { it } from "vitest";
import { benchSizes, ensureDataset } from "./generate";

// Run by bench/run.bench-run.ts in a process of its own, so the memory the generation takes is not
// counted as the store's.
it("generates the bench datasets that are missing or stale", async () => {
  for (const n of benchSizes()) await ensureDataset(n);
});
