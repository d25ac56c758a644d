import { defineConfig } from "@playwright/test";
import { browserUse, chromium } from "./test/browser";

/**
 * The cluster tests (`npm run test:cluster`): HAProxy in front of production instances on PostgreSQL,
 * started by the worker-scoped `cluster` fixture (test/cluster/fixtures.ts), which builds first when
 * the sources changed. One worker: the specs share one cluster and take instances down in turn.
 */
export default defineConfig({
  testDir: "test/cluster",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { ...chromium, ...browserUse },
});
