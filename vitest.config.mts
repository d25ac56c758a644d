import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { CALENDAR_UNIT_TESTS, CLOCKS } from "./test/clocks";

const STORE_TESTS = [
  "lib/track-api/store/**/*.test.ts",
  "lib/track-api/auth/**/*.test.ts",
  "lib/track-api/seed/**/*.test.ts",
  "lib/session/denylist.test.ts",
  "lib/saved-views/store.test.ts",
  "lib/cluster/**/*.test.ts",
  "lib/bff/live/live-view.test.ts",
  "lib/alerts/store.test.ts",
  "lib/alerts/channels/deliveries.test.ts",
];
// Tests of SQLite's own migrations and pragmas.
const SQLITE_ONLY_TESTS = [
  "lib/track-api/store/migrations/0003-ingest-marks.test.ts",
  "lib/track-api/store/migrations/0004-events-by-arrival.test.ts",
  "lib/track-api/store/migrations/0005-events-by-transaction.test.ts",
];

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside React Server Components; unit tests run in plain Node.
      "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    testTimeout: 20_000,
    setupFiles: ["./test/fixed-clock.ts"],
    projects: [
      { extends: true, test: { name: "unit", include: ["**/*.test.ts", "**/*.test.tsx"] } },
      // The store's tests (and the auth service's, which keeps its tables in the store, the
      // dashboard's session denylist, and the coordination of several instances) on PostgreSQL.
      {
        extends: true,
        test: {
          name: "store on postgres",
          include: STORE_TESTS,
          exclude: SQLITE_ONLY_TESTS,
          env: { TEST_STORE: "postgres" },
          globalSetup: ["./test/postgres-database.ts"],
        },
      },
      // The calendar-sensitive tests again at each chosen instant, in the zone the product is tested in.
      ...CLOCKS.map((clock) => ({
        extends: true,
        test: {
          name: `unit at ${clock.name}`,
          include: CALENDAR_UNIT_TESTS,
          env: { TEST_CLOCK: clock.at, TZ: "Europe/Helsinki" },
        },
      })),
    ],
  },
});
