/**
 * Instants at which the calendar-sensitive tests run once more: the Playwright specs tagged
 * `@calendar`, each against a test server whose data clock starts there and a browser whose clock
 * does too, and the unit tests of CALENDAR_UNIT_TESTS with Date starting there. Chosen where
 * assumptions about "today" and "this month" break: a month a few minutes old (in Helsinki, while
 * UTC is still on the previous day), the last day of a long month, and the night autumn's
 * daylight-saving change repeats an hour.
 */
export const CLOCKS = [
  { name: "first-of-month-after-midnight", at: "2026-12-01T00:00:30+02:00" },
  { name: "last-day-of-month", at: "2027-01-31T22:30:00+02:00" },
  { name: "daylight-saving-fall-back", at: "2026-10-25T03:20:00+02:00" },
] as const;

/** The port of the test server of the clock at `index` (the main server's port + 1 + index). */
export const clockPort = (mainPort: number, index: number) => mainPort + 1 + index;

/** Unit tests of code that reads the clock or the calendar (ranges, buckets, live windows, seeds). */
export const CALENDAR_UNIT_TESTS = [
  "app/(dashboard)/overview-client.test.tsx",
  "components/charts/*.test.{ts,tsx}",
  "components/filters/date-range-filter.test.tsx",
  "lib/domain/**/*.test.ts",
  "lib/filters/**/*.test.ts",
  "lib/queries/**/*.test.ts",
  "lib/track-api/simulate/{history,simulator}.test.ts",
  "lib/track-api/store/stats.test.ts",
];
