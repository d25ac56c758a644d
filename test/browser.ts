import { devices, type PlaywrightTestOptions, type PlaywrightWorkerOptions } from "@playwright/test";

/** Debian's Chromium as the Playwright specs drive it (`npx playwright install` cannot download here). */
export const chromium = { ...devices["Desktop Chrome"], channel: undefined };

/** What every Playwright run uses: the zone and locale the product is tested in, and Chromium's flags. */
export const browserUse: Partial<PlaywrightTestOptions & PlaywrightWorkerOptions> = {
  timezoneId: "Europe/Helsinki",
  locale: "en-GB",
  trace: "retain-on-failure",
  screenshot: "only-on-failure",
  launchOptions: {
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};
