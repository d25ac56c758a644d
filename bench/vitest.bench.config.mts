import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Runs the benchmarks (`*.bench-run.ts`) with the app's aliases; `npm test` never picks these up.
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("../", import.meta.url)),
      "server-only": fileURLToPath(new URL("../test/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    root: fileURLToPath(new URL("../", import.meta.url)),
    include: ["bench/**/*.bench-run.ts"],
    environment: "node",
    testTimeout: 3_600_000,
    hookTimeout: 3_600_000,
    fileParallelism: false,
    pool: "forks",
    reporters: ["default"],
  },
});
