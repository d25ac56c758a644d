import type { APIRequestContext, Page } from "@playwright/test";
import { startOfLocalDay, startOfLocalMonth } from "../lib/domain/time-buckets";
import { CONNECTION_ERROR, ingest, RECEIVED, transactionEvents } from "./events";
import { bearer, cookieHeader, expect, httpErrorLine, liveStatus, signIn, test, tokenFor } from "./fixtures";

const HOUR = 3_600_000;
const run = Date.now().toString(36);
let seq = 0;

/**
 * Events of one new transaction received just now, and today in Helsinki even a second after
 * midnight: only RECEIVED, or RECEIVED then ERROR a second later.
 */
function newTransaction(outcome: "received" | "error", now: number) {
  const id = `e2e-ovw-${run}-${++seq}`;
  const receivedAt = Math.max(now - 2000, startOfLocalDay(now, "Europe/Helsinki"));
  return {
    id,
    receivedAt,
    events: transactionEvents(id, receivedAt, outcome === "error" ? [RECEIVED, CONNECTION_ERROR] : [RECEIVED], 1000),
  };
}

/** Upstream request counts since the last reset (and which BFF live loops polled). */
async function upstream(
  api: APIRequestContext,
  reset = false,
): Promise<{ byPath: Record<string, number>; liveLoops: string[] }> {
  return (await api.get(`/track/api/test/faults${reset ? "?reset=1" : ""}`)).json();
}
const probes = async (api: APIRequestContext) => (await upstream(api)).byPath["/track/api/transactions"] ?? 0;

const hourStart = (ms: number) => new Date(Math.floor(ms / HOUR) * HOUR).toISOString();
const timeChart = (page: Page) => page.locator('section[data-chart="time"]');
const segment = (page: Page, status: string, start: string) =>
  timeChart(page).locator(`a[data-point][data-status="${status}"][data-start="${start}"]`);
/** A status's count in one hour of the status-over-time chart (0 when it has no segment). */
async function segmentCount(page: Page, status: string, start: string): Promise<number> {
  const link = segment(page, status, start);
  return (await link.count()) ? Number(await link.getAttribute("data-count")) : 0;
}

/** The list's stated total ("12 transactions") once its table shows the current result. */
async function listTotal(page: Page): Promise<number> {
  await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false");
  const text = await page
    .getByRole("main")
    .getByText(/^[\d,]+ transactions?/)
    .textContent();
  return Number(text!.split(" ")[0].replace(/,/g, ""));
}

const FILTER_PARAMS: Record<string, (v: string) => [string, unknown]> = {
  status: (v) => ["status", v.split(",")],
  type: (v) => ["documentType", v.split(",")],
  dir: (v) => ["direction", v],
  in: (v) => ["inChannel", v.split(",")],
  out: (v) => ["outChannel", v.split(",")],
  partner: (v) => ["businessPartner", v],
  error: (v) => ["errorType", v.split(",")],
  overdue: (v) => ["overdue", v === "true"],
  from: (v) => ["receivedFrom", v],
  to: (v) => ["receivedTo", v],
  asof: (v) => ["asOf", v],
};

/** The Track API filter of a list link, written out independently of the app's URL codec. */
function filterOf(href: string): Record<string, unknown> {
  const url = new URL(href, "http://x");
  expect(url.pathname).toBe("/transactions");
  return Object.fromEntries(
    [...url.searchParams].map(([key, value]) => {
      expect(FILTER_PARAMS, `a chart link uses the parameter ${key}`).toHaveProperty(key);
      return FILTER_PARAMS[key](value);
    }),
  );
}

test(
  "live: ingesting events on 'today' changes the KPIs and the chart without a reload",
  { tag: "@calendar" },
  async ({ page, api, serverNow }) => {
    await signIn(page, "/?range=today");
    const received = page.locator('[data-kpi="received"] a');
    await expect(received).toHaveAttribute("data-count", /^\d+$/);
    await expect(page.locator("[data-live]")).toHaveAttribute("data-live", "live");
    // The shared loop's first probe is its baseline: a change must come after it to be seen as one.
    await upstream(api, true);
    await expect.poll(() => probes(api)).toBeGreaterThanOrEqual(2);

    const before = Number(await received.getAttribute("data-count"));
    const errorsBefore = Number(await page.locator('[data-kpi="error"] [data-value]').textContent());
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    const now = serverNow();
    const a = newTransaction("received", now);
    const b = newTransaction("error", now);
    const hour = hourStart(a.receivedAt);
    const chartBefore = await segmentCount(page, "received", hour);
    await ingest(api, [...a.events, ...b.events]);

    await expect(received).toHaveAttribute("data-count", String(before + 2));
    await expect(page.locator('[data-kpi="error"] [data-value]')).toHaveText(String(errorsBefore + 1));
    await expect.poll(() => segmentCount(page, "received", hour)).toBe(chartBefore + 1);
    await expect(page.locator("[data-live]")).toContainText(/^Live · updated \d+ s ago$/);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // A hidden tab lets go of its stream (and with it the upstream loop) until it is shown again.
    const setHidden = (hidden: boolean) =>
      page.evaluate((value) => {
        Object.defineProperty(document, "hidden", { configurable: true, get: () => value });
        document.dispatchEvent(new Event("visibilitychange"));
      }, hidden);
    const loops = async () => (await liveStatus(page)).loops;
    await setHidden(true);
    await expect(page.locator("[data-live]")).toHaveAttribute("data-live", "paused");
    await expect.poll(loops).toBe(0);
    await setHidden(false);
    await expect(page.locator("[data-live]")).toHaveAttribute("data-live", "live");
  },
);

test(
  "clicking today's error segment of one hour lists exactly its rows",
  { tag: "@calendar" },
  async ({ page, api, serverNow }) => {
    const now = serverNow();
    const txs = [newTransaction("error", now), newTransaction("error", now)];
    await ingest(
      api,
      txs.flatMap((t) => t.events),
    );
    await signIn(page, "/?range=today&live=off");
    const hour = hourStart(txs[0].receivedAt);
    const error = segment(page, "error", hour);
    await expect(error).toHaveAttribute("data-count", /^\d+$/);
    const count = Number(await error.getAttribute("data-count"));
    expect(count).toBeGreaterThanOrEqual(2);
    await expect(error).toHaveAccessibleName(new RegExp(`^Error, .*: ${count} transactions$`));

    await error.click();
    await page.waitForURL(/\/transactions\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get("status")).toBe("error");
    expect(url.searchParams.get("from")).toBe(hour);
    const to = Date.parse(url.searchParams.get("to")!);
    expect(to).toBeGreaterThan(txs[1].receivedAt);
    expect(to).toBeLessThanOrEqual(Date.parse(hour) + HOUR);
    expect(await listTotal(page)).toBe(count);
    await expect(page.locator("tbody a[data-row-link]")).toHaveCount(count);
  },
);

test(
  "chart points are reachable by keyboard: arrows move between them and Enter opens their list",
  { tag: "@calendar" },
  async ({ page }) => {
    await signIn(page, "/?range=7d&live=off");
    const chart = timeChart(page);
    await expect(chart.locator("a[data-point]").first()).toBeAttached();
    await chart.getByRole("list", { name: "Statuses" }).getByRole("link").last().focus();
    const focused = page.locator(":focus");
    // Past the chart's own keyboard layer (tooltip) to its one tab stop among the data points.
    await expect(async () => {
      await page.keyboard.press("Tab");
      await expect(focused).toHaveAttribute("data-point", "", { timeout: 100 });
    }).toPass({ timeout: 5_000 });
    const first = await focused.getAttribute("aria-label");
    await page.keyboard.press("End");
    await expect(focused).not.toHaveAttribute("aria-label", first!);
    await page.keyboard.press("ArrowLeft");
    const count = Number(await focused.getAttribute("data-count"));
    const label = await focused.getAttribute("aria-label");
    expect(label).toMatch(new RegExp(`: ${count} transactions?$`));
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/transactions\?/);
    expect(await listTotal(page)).toBe(count);
  },
);

const ALL_TABLES = "tables=time,status,type,channel,partner,error,throughput";

test(
  "for several filters, every number on the overview equals a direct Track API search",
  { tag: "@calendar" },
  async ({ page, api, serverNow }, testInfo) => {
    test.setTimeout(120_000);
    // One outbound invoice that fails to connect, received now: every filter below matches something
    // whatever else the suite has ingested before.
    await ingest(api, newTransaction("error", serverNow()).events);
    const headers = bearer(await tokenFor(api));
    await signIn(page, "/?range=7d&live=off");
    for (const filter of [
      "range=7d",
      "range=today&type=invoice",
      "range=month&dir=outbound&status=delivered,error,rejected",
      "range=24h&out=peppol,email&overdue=false",
      "range=7d&bucket=hour&error=CONNECTION_ERROR,DELIVERY_ERROR",
    ]) {
      // A range of a day or more always holds seeded history; "today" and "this month" may be minutes old.
      const thin = /range=(today|month)/.test(filter);
      for (const view of [ALL_TABLES, ""]) {
        await page.goto(`/?${filter}&live=off&${view}`);
        await expect(page.getByRole("list", { name: "Key figures" })).toHaveAttribute("aria-busy", "false");
        const numbers = await page
          .getByRole("main")
          .locator("a[data-count]")
          .evaluateAll((links) =>
            links.map((a) => ({
              href: a.getAttribute("href")!,
              count: Number(a.getAttribute("data-count")),
              text: a.textContent ?? "",
              label: a.getAttribute("aria-label") ?? "",
            })),
          );
        expect(numbers.length, `${filter}: numbers shown`).toBeGreaterThan(thin ? 0 : view ? 20 : 10);
        testInfo.annotations.push({
          type: "compared",
          description: `${filter} (${view ? "tables" : "charts"}): ${numbers.length} numbers`,
        });
        for (let i = 0; i < numbers.length; i += 16) {
          await Promise.all(
            numbers.slice(i, i + 16).map(async (n) => {
              const shown = n.count.toLocaleString("en-GB");
              expect(n.text.includes(shown) || n.label.includes(shown), `${n.href} shows ${shown}`).toBe(true);
              const response = await api.post("/track/api/transactions", {
                headers,
                data: { filter: filterOf(n.href), page: { size: 1 } },
              });
              expect(response.status()).toBe(200);
              expect((await response.json()).total, `${filter}: ${n.label || n.text} → ${n.href}`).toBe(n.count);
            }),
          );
        }
      }
    }
  },
);

test("20 live viewers of one filter share one upstream poll loop, and none polls after all close", async ({
  page,
  api,
}) => {
  await signIn(page, "/?range=today&type=invoice&live=off");
  await expect.poll(() => liveStatus(page)).toEqual({ loops: 0, subscribers: 0 });

  const opened = page.waitForRequest((r) => new URL(r.url()).pathname === "/api/live");
  await page.getByRole("switch", { name: "Live updates" }).click();
  const url = (await opened).url();
  await expect(page.locator("[data-live]")).toHaveAttribute("data-live", "live");

  // NOTE: a browser opens at most 6 HTTP/1.1 connections per host, so 20 EventSources in one page
  // would mostly wait in its queue; these 20 clients stream from the test process with the page's session.
  const cookie = await cookieHeader(page);
  const clients = await Promise.all(Array.from({ length: 20 }, () => openStream(url, cookie)));
  await expect.poll(() => liveStatus(page)).toEqual({ loops: 1, subscribers: 21 });

  await upstream(api, true);
  await expect.poll(() => probes(api)).toBeGreaterThanOrEqual(3);
  expect((await upstream(api)).liveLoops).toHaveLength(1);

  clients.forEach((close) => close());
  await page.getByRole("switch", { name: "Live updates" }).click();
  await expect(page.locator("[data-live]")).toHaveAttribute("data-live", "off");
  await expect.poll(() => liveStatus(page)).toEqual({ loops: 0, subscribers: 0 });

  // Stopped means stopped: over several poll intervals no live loop asks the upstream again.
  await upstream(api, true);
  let checks = 0;
  await expect
    .poll(
      async () => {
        expect((await upstream(api)).liveLoops).toEqual([]);
        return ++checks;
      },
      { intervals: [1_000], timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(6);
});

/** One SSE client: resolves once the stream said "ready"; returns the function that closes it. */
async function openStream(url: string, cookie: string): Promise<() => void> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: controller.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (!text.includes("event: ready")) {
    const { value, done } = await reader.read();
    if (done) throw new Error("the stream ended before it was ready");
    text += decoder.decode(value, { stream: true });
  }
  // Keep draining so the server's heartbeats never back up.
  void (async () => {
    try {
      while (!(await reader.read()).done);
    } catch {
      // Aborted on close.
    }
  })();
  return () => controller.abort();
}

test.describe(() => {
  // A range longer than a week without the report role is a 403, which the browser logs.
  test.use({ allowedConsoleErrors: httpErrorLine(403, "/api/stats?") });
  test(
    "30 days for a viewer without the report role explains why and offers 7 days",
    { tag: "@calendar" },
    async ({ page }) => {
      await signIn(page, "/?range=30d&live=off", "viewer@acme.test");
      const alert = page.getByRole("alert").filter({ hasText: "This range needs the Report role" });
      await expect(alert).toBeVisible();
      await alert.getByRole("link", { name: "Show the last 7 days" }).click();
      await expect(page).toHaveURL(/\/\?range=7d$/);
      await expect(page.locator('[data-kpi="received"] a')).toHaveAttribute("data-count", /^\d+$/);
    },
  );

  test(
    "this month for a viewer: its data while the month is at most a week old, the report-role message after",
    { tag: "@calendar" },
    async ({ page, serverNow }) => {
      const now = serverNow();
      // The Track API's rule: a stats range longer than 7 days (and an hour of slack) is a report.
      const needsReport = now - startOfLocalMonth(now, "Europe/Helsinki") > 7 * 24 * HOUR + HOUR;
      await signIn(page, "/?range=month&live=off", "viewer@acme.test");
      const alert = page.getByRole("alert").filter({ hasText: "This range needs the Report role" });
      if (needsReport) {
        await expect(alert).toBeVisible();
      } else {
        await expect(page.locator('[data-kpi="received"] a')).toHaveAttribute("data-count", /^\d+$/);
        await expect(alert).toHaveCount(0);
      }
    },
  );
});

test.describe(() => {
  // The rejected values come back as 400s from the stats and the live stream, which the browser logs.
  test.use({ allowedConsoleErrors: httpErrorLine(400, "/api/stats?", "/api/live?") });
  test("an unknown view value names its parameter as a bad filter does", async ({ page }) => {
    await signIn(page, "/?range=7d&live=off");
    for (const [search, param] of [
      ["?range=7d&bucket=minute", "bucket"],
      ["?range=7d&tables=time,pie", "tables"],
      ["?range=7d&status=lost", "status"],
    ]) {
      await page.goto(`/${search}`);
      const alert = page.getByRole("main").getByRole("alert");
      await expect(alert, search).toContainText(`This link has an invalid ${param} parameter`);
      await expect(alert.getByRole("link", { name: "Reset the overview" })).toHaveAttribute("href", "/");
    }
  });
});

test("screenshots of the overview in light and dark mode", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, "/?range=7d&live=off");
  await expect(timeChart(page).locator("a[data-point]").first()).toBeAttached();
  await expect(page.locator('section[data-chart="throughput"] .recharts-bar-rectangle').first()).toBeAttached();
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe(colorScheme === "dark" ? "rgb(11, 18, 32)" : "rgb(248, 250, 252)");
    // Written into the test's output folder too, so a local run keeps them next to the HTML report's copy.
    const path = testInfo.outputPath(`overview-${colorScheme}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`overview-${colorScheme}`, { path, contentType: "image/png" });
  }
});
