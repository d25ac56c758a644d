import { defineConfig } from "@playwright/test";
import { browserUse, chromium } from "./test/browser";
import { CLOCKS, clockPort } from "./test/clocks";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const MAIN_ONLY = process.env.E2E_MAIN_ONLY === "1" && !process.env.CI;
export const E2E_BASE_URL = `http://localhost:${PORT}`;

/** The server on PostgreSQL (after the clock servers' ports), and its database, created anew by the run. */
const POSTGRES_PORT = clockPort(PORT, CLOCKS.length);
const POSTGRES_URL = process.env.E2E_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/track_e2e_${PORT}`;
/**
 * What runs again on PostgreSQL: every spec that reads or writes the store through the API or the
 * pages. Left out: specs of the server's HTTP behaviour (CSP, headers, malformed requests, live
 * aborts) and the ones that open the SQLite file of the main server (sign-in and session).
 */
const POSTGRES_SPECS = [
  "api/search.spec.ts",
  "api/stats.spec.ts",
  "api/detail.spec.ts",
  "api/export.spec.ts",
  "api/event-export.spec.ts",
  "api/ingest.spec.ts",
  "api/seed-script.spec.ts",
  "api/tenants.spec.ts",
  "api/openid-client.spec.ts",
  "list.spec.ts",
  "detail.spec.ts",
  "overview.spec.ts",
  "as-of.spec.ts",
  "live-list.spec.ts",
  "saved-views.spec.ts",
  "alerts.spec.ts",
  "alert-channels.spec.ts",
];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    ...browserUse,
  },
  // The clock projects come first: their servers' clocks start at their instants when the servers
  // start, so the tagged specs run within a minute or two of them.
  projects: [
    ...CLOCKS.map((clock, i) => ({
      name: `at ${clock.name}`,
      grep: /@calendar/,
      use: { ...chromium, baseURL: `http://localhost:${clockPort(PORT, i)}` },
    })),
    { name: "chromium", use: chromium },
    {
      name: "on postgres",
      testMatch: POSTGRES_SPECS,
      use: { ...chromium, baseURL: `http://localhost:${POSTGRES_PORT}` },
    },
  ],
  webServer: {
    // Starts the clock servers first and the main server last, so its health means all are up.
    command: "node scripts/e2e-server.mjs",
    url: `${E2E_BASE_URL}/track/api/health`,
    reuseExistingServer: !process.env.CI,
    // `next build` comes first, and takes minutes on a busy 2-core machine.
    timeout: 900_000,
    stdout: "pipe",
    stderr: "pipe",
    // E2E_MAIN_ONLY=1 starts the main server alone, for a quick local run of `--project chromium`.
    env: MAIN_ONLY
      ? { PORT: String(PORT) }
      : {
          PORT: String(PORT),
          E2E_CLOCKS: CLOCKS.map((c, i) => `${clockPort(PORT, i)}=${c.at}`).join(","),
          E2E_POSTGRES: `${POSTGRES_PORT}=${POSTGRES_URL}`,
        },
  },
});
