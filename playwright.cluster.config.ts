import { defineConfig, devices } from "@playwright/test";

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
  use: {
    ...devices["Desktop Chrome"],
    channel: undefined,
    timezoneId: "Europe/Helsinki",
    locale: "en-GB",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    },
  },
});
