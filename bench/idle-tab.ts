import { chromium, type Browser, type Page } from "@playwright/test";
import type { CookieJar } from "./http";

/** One browser tab left open on a page, what it asks for and what it costs. */
export interface IdleView {
  /** Which build served it ("this build", "baseline"), when a run compares two. */
  build: string;
  name: string;
  base: string;
  path: string;
  session: CookieJar;
}

/** What one idle tab cost over the measured window, per minute where it says so. */
export interface IdleTabRun {
  build: string;
  name: string;
  path: string;
  seconds: number;
  /** Main-thread busy time (CDP Performance `TaskDuration`) per minute. */
  mainThreadMsPerMin: number;
  /** Of which script (`ScriptDuration`). */
  scriptMsPerMin: number;
  requestsPerMin: number;
  /** Requests Next.js sent as route prefetches (`next-router-prefetch` header), per minute. */
  prefetchesPerMin: number;
  /** Requests the page gave up on (net::ERR_ABORTED), per minute. */
  abortedPerMin: number;
  /** Answers with status 403, per minute. */
  forbiddenPerMin: number;
  /** JS heap after a forced GC at the start and the end of the window. */
  heapStartMb: number;
  heapEndMb: number;
  /** What the live indicator said at the end (`data-live`), or null where the page has none. */
  live: string | null;
}

const metric = (metrics: { name: string; value: number }[], name: string) =>
  metrics.find((m) => m.name === name)?.value ?? 0;

/** Opens `view` signed in and waits until its first data (or its error) is on screen and live has settled. */
async function open(browser: Browser, view: IdleView): Promise<Page> {
  const context = await browser.newContext({ timezoneId: "Europe/Helsinki", locale: "en-GB" });
  await context.addCookies(
    view.session.entries().map(([name, value]) => ({ name, value, url: view.base, httpOnly: true, sameSite: "Lax" })),
  );
  // NOTE: eight tabs opening at once on a loaded 2-core machine can take longer than Playwright's 30 s.
  context.setDefaultTimeout(180_000);
  const page = await context.newPage();
  await page.goto(`${view.base}${view.path}`);
  await page.locator('[data-kpi] a, [role="alert"], main tbody tr').first().waitFor();
  // "live" once the BFF's loop has its baseline; "off" for a view that is not live or may not be.
  await page.locator('[data-live="live"], [data-live="off"], [data-live-status="live"]').first().waitFor();
  return page;
}

/**
 * Leaves every view open side by side in one browser for `seconds` and measures each tab: main-thread
 * and script time from CDP `Performance.getMetrics`, requests (prefetches, aborted, 403s) and the JS
 * heap after a forced GC at both ends. The tabs run at the same time, so they share the same machine load.
 */
export async function benchIdleTabs(views: IdleView[], seconds: number): Promise<IdleTabRun[]> {
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const pages = await Promise.all(views.map((view) => open(browser, view)));
    const measured = await Promise.all(
      pages.map(async (page, i) => {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Performance.enable");
        const heap = async () => {
          await cdp.send("HeapProfiler.collectGarbage");
          return metric((await cdp.send("Performance.getMetrics")).metrics, "JSHeapUsedSize") / 2 ** 20;
        };
        const counts = { requests: 0, prefetches: 0, aborted: 0, forbidden: 0 };
        page.on("request", (r) => {
          counts.requests++;
          if (r.headers()["next-router-prefetch"]) counts.prefetches++;
        });
        page.on("requestfailed", (r) => r.failure()?.errorText.includes("ERR_ABORTED") && counts.aborted++);
        page.on("response", (r) => r.status() === 403 && counts.forbidden++);
        const heapStartMb = await heap();
        const before = (await cdp.send("Performance.getMetrics")).metrics;
        const started = performance.now();
        await page.waitForTimeout(seconds * 1000);
        const after = (await cdp.send("Performance.getMetrics")).metrics;
        const minutes = (performance.now() - started) / 60_000;
        const delta = (name: string) => (metric(after, name) - metric(before, name)) * 1000;
        const heapEndMb = await heap();
        const view = views[i];
        return {
          build: view.build,
          name: view.name,
          path: view.path,
          seconds,
          mainThreadMsPerMin: delta("TaskDuration") / minutes,
          scriptMsPerMin: delta("ScriptDuration") / minutes,
          requestsPerMin: counts.requests / minutes,
          prefetchesPerMin: counts.prefetches / minutes,
          abortedPerMin: counts.aborted / minutes,
          forbiddenPerMin: counts.forbidden / minutes,
          heapStartMb,
          heapEndMb,
          live: await page
            .locator("[data-live]")
            .first()
            .getAttribute("data-live", { timeout: 1000 })
            .catch(() => null),
        };
      }),
    );
    return measured;
  } finally {
    await browser.close();
  }
}
