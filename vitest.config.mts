import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { CALENDAR_UNIT_TESTS, CLOCKS } from "./test/clocks";

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
