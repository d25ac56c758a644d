import { chromium, type Page } from "@playwright/test";
import os from "node:os";
import type { CookieJar } from "./http";

/** How long a page takes to show its first data, beside the BFF call it would otherwise wait for. */
export interface FirstDataRun {
  page: string;
  path: string;
  /** "cold": a new browser context (empty cache) per run; "warm": reloads of one tab. */
  cache: "cold" | "warm";
  /** With the zone cookie (the server renders the data) or without it (the browser fetches them). */
  firstPaint: boolean;
  runs: number;
  /** Navigation start → the first row or number in the DOM, median and worst of the runs. */
  medianMs: number;
  maxMs: number;
  /** The same data's BFF call alone (`GET /api/…` with the session cookie), median of the runs. */
  apiMedianMs: number;
  /** Load average (1 min) when the view's runs started. */
  load: number;
}

const VIEWS = [
  {
    page: "overview",
    path: "/",
    selector: '[data-kpi="received"] a[data-count]',
    api: "/api/stats?range=24h&tz=Europe%2FHelsinki&bucket=hour&groupBy=status",
  },
  {
    page: "list",
    path: "/transactions",
    selector: "main tbody tr [data-row-link]",
    api: "/api/transactions?tz=Europe%2FHelsinki",
  },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Records, in the page, when the first element matching `selector` enters the DOM (ms since navigation start). */
function watchFor(selector: string) {
  const w = window as unknown as { __firstData?: number };
  const seen = () => {
    if (w.__firstData === undefined && document.querySelector(selector)) w.__firstData = performance.now();
    return w.__firstData !== undefined;
  };
  const observer = new MutationObserver(() => seen() && observer.disconnect());
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * First data visible on the overview and the list, cold and warm, with and without data in the
 * first paint (the zone cookie that lets the server render them), median of `runs`, each beside the
 * time of the BFF call that fetches the same data.
 */
export async function benchFirstData(base: string, session: CookieJar, runs = 5): Promise<FirstDataRun[]> {
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  /** A tab of a new context (empty cache) with the session, and with the zone cookie for `firstPaint`. */
  const newTab = async (firstPaint: boolean, selector: string) => {
    const context = await browser.newContext({ timezoneId: "Europe/Helsinki", locale: "en-GB" });
    const cookies = session.entries().map(([name, value]) => ({ name, value, url: base }));
    if (firstPaint) cookies.push({ name: "tm_tz", value: "Europe%2FHelsinki", url: base });
    await context.addCookies(cookies);
    await context.addInitScript(watchFor, selector);
    return context.newPage();
  };
  const visit = async (page: Page, path: string, selector: string) => {
    await page.goto(`${base}${path}`, { waitUntil: "commit" });
    await page.locator(selector).first().waitFor();
    return page.evaluate(() => (window as unknown as { __firstData: number }).__firstData);
  };
  const out: FirstDataRun[] = [];
  try {
    for (const view of VIEWS) {
      const api: number[] = [];
      for (let i = 0; i < runs + 1; i++) {
        const started = performance.now();
        const response = await fetch(`${base}${view.api}`, { headers: { cookie: session.header } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${view.api}: ${response.status}`);
        if (i > 0) api.push(performance.now() - started);
      }
      for (const firstPaint of [true, false]) {
        const load = os.loadavg()[0];
        const cold: number[] = [];
        for (let i = 0; i < runs; i++) {
          const page = await newTab(firstPaint, view.selector);
          cold.push(await visit(page, view.path, view.selector));
          await page.context().close();
        }
        const page = await newTab(firstPaint, view.selector);
        await visit(page, view.path, view.selector);
        const warm: number[] = [];
        for (let i = 0; i < runs; i++) warm.push(await visit(page, view.path, view.selector));
        await page.context().close();
        for (const [cache, times] of [
          ["cold", cold],
          ["warm", warm],
        ] as const)
          out.push({
            page: view.page,
            path: view.path,
            cache,
            firstPaint,
            runs,
            medianMs: median(times),
            maxMs: Math.max(...times),
            apiMedianMs: median(api),
            load,
          });
      }
    }
    return out;
  } finally {
    await browser.close();
  }
}
