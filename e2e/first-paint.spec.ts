import type { Page, Route } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

const absoluteOfFirstRow = (page: Page) => page.locator("tbody tr").first().locator("time").last();

/** Holds the page's searches and stats calls unanswered, so what shows came with the HTML. */
async function holdData(page: Page): Promise<{ held: Route[]; release: () => Promise<void> }> {
  const held: Route[] = [];
  const hold = (route: Route) => void held.push(route);
  await page.route(/\/api\/(transactions|stats)\?/, hold);
  return {
    held,
    release: async () => {
      await page.unroute(/\/api\/(transactions|stats)\?/, hold);
      await Promise.all(held.map((r) => r.continue()));
    },
  };
}

test.describe("data in the first paint", () => {
  test("the list's HTML holds its first rows and the overview's its numbers", async ({ page }) => {
    await signIn(page, "/transactions");
    // The first visit tells the server the browser's zone in a cookie.
    await expect
      .poll(async () => (await page.context().cookies()).find((c) => c.name === "tm_tz")?.value)
      .toBe("Europe%2FHelsinki");

    const list = await (await page.request.get("/transactions")).text();
    expect(list).toMatch(/data-row-link/);
    expect(list).toContain("EET");
    const overview = await (await page.request.get("/")).text();
    expect(overview).toMatch(/data-kpi="received"><a[^>]* data-count="\d+"/);
    // In the shell's <main> itself, before any streamed boundary that React reveals a frame after the
    // first paint (a Suspense fallback or loading.tsx around the page; the charts' lazy drawings come later).
    for (const html of [list, overview]) {
      const shell = html.slice(html.indexOf("<main"), html.indexOf("</main>")).split('<template id="B:')[0];
      expect(shell).toMatch(html === list ? /data-row-link/ : /data-kpi="received"><a[^>]* data-count="\d+"/);
    }

    // Searches held: the rows and numbers on screen are the server's.
    const { held, release } = await holdData(page);
    await page.goto("/transactions?status=delivered");
    await expect(page.locator("[data-row-link]").first()).toBeVisible();
    await expect(page.getByText(/transactions · times in Europe\/Helsinki/)).toBeVisible();
    // Live off: a live overview refetches its stats once its stream is ready, by design.
    await page.goto("/?live=off");
    await expect(page.locator('[data-kpi="received"] a')).toHaveAttribute("data-count", /^\d+$/);
    expect(held.map((r) => new URL(r.request().url()).pathname)).toEqual([]);
    await release();
  });

  test("on a first visit (the server does not know the zone) the browser fetches the rows", async ({ page }) => {
    await signIn(page, "/transactions");
    await page.context().clearCookies({ name: "tm_tz" });
    const html = await (await page.request.get("/transactions")).text();
    expect(html).not.toMatch(/data-row-link/);
    const searched = page.waitForResponse((r) => r.url().includes("/api/transactions?") && r.ok());
    await page.goto("/transactions");
    await searched;
    await expect(page.locator("[data-row-link]").first()).toBeVisible();
    expect((await page.context().cookies()).find((c) => c.name === "tm_tz")?.value).toBe("Europe%2FHelsinki");
  });
});

test.describe("display time zone", () => {
  test("the picker changes every time shown and is remembered", async ({ page }) => {
    await signIn(page, "/transactions");
    // A first visit: the browser fetches the rows itself (after hydrating, so allow for a slow machine).
    await expect(absoluteOfFirstRow(page)).toContainText("EET", { timeout: 90_000 });
    const picker = page.getByLabel("Time zone");
    await expect(picker).toHaveValue("");
    await expect(picker.locator("option").first()).toHaveText("Browser default (Europe/Helsinki)");

    await picker.focus();
    await picker.selectOption("Asia/Tokyo");
    await expect(absoluteOfFirstRow(page)).toContainText("GMT+9");
    await expect(page.getByText(/transactions · times in Asia\/Tokyo/)).toBeVisible();
    expect((await page.context().cookies()).find((c) => c.name === "tm_tz_pick")?.value).toBe("Asia%2FTokyo");

    // Remembered, and rendered in it by the server.
    const html = await (await page.request.get("/transactions")).text();
    expect(html).toContain("GMT+9");
    await page.reload();
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
    await expect(absoluteOfFirstRow(page)).toContainText("GMT+9");

    await page.getByLabel("Time zone").selectOption("");
    await expect(absoluteOfFirstRow(page)).toContainText("EET");
    expect((await page.context().cookies()).find((c) => c.name === "tm_tz_pick")).toBeUndefined();
  });

  test.describe("a viewer in New York", () => {
    test.use({ timezoneId: "America/New_York" });

    test("a link with tz=Asia/Tokyo shows Tokyo times", async ({ page }) => {
      await signIn(page, "/transactions?tz=Asia%2FTokyo");
      await expect(page).toHaveURL(/tz=Asia(%2F|\/)Tokyo/);
      await expect(absoluteOfFirstRow(page)).toContainText("GMT+9");
      await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
      await page.goto("/transactions");
      await expect(absoluteOfFirstRow(page)).toContainText(/GMT-[45]/);
    });
  });

  test("a tz that is no time zone is named", async ({ page }) => {
    await signIn(page, "/transactions?tz=Mars%2FOlympus");
    await expect(page.getByText("tz must be an IANA time zone such as Europe/Helsinki")).toBeVisible();
  });
});
