import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { CONNECTION_ERROR, RECEIVED, transactionEvents } from "./events";
import { bearer, expect, httpErrorLine, signIn, test, tokenFor } from "./fixtures";

const DAY = 86_400_000;

/** One invoice for `partner` (a unique name), received at `start`; with an error when `error`. */
function partnerTransaction(id: string, partner: string, start: number, error = false) {
  const events = transactionEvents(id, start, error ? [RECEIVED, CONNECTION_ERROR] : [RECEIVED], 1000);
  const first = events[0] as { transaction: Record<string, unknown> };
  const party = { id: `0037:${id.replace(/\D/g, "").padEnd(8, "7").slice(0, 8)}`, name: partner };
  first.transaction = { ...first.transaction, receiver: party, businessPartner: party };
  return events;
}

/** Posts events as the tenant's ingest user. */
async function ingestAs(api: APIRequestContext, tenant: "acme" | "globex", events: unknown[]) {
  const response = await api.post("/track/api/events", {
    headers: bearer(await tokenFor(api, `ingest@${tenant}.test`)),
    data: { events },
  });
  expect(response.status(), await response.text()).toBe(202);
}

const unread = async (page: Page) =>
  ((await (await page.request.get("/api/notifications")).json()) as { unread: number }).unread;

/** Rules a test made, deleted after it by the page that made them. */
const made: { page: Page; id: string }[] = [];

test.describe("alerts", () => {
  test.describe.configure({ timeout: 120_000 });
  // NOTE: the rules go when their test ends: the server evaluates every rule every second, and the
  // specs after this one count the upstream's requests and inject faults into the next ones.
  test.afterEach(async () => {
    for (const { page, id } of made.splice(0))
      expect([204, 404]).toContain((await page.request.delete(`/api/alerts/${id}`)).status());
  });

  test.describe("from a list view", () => {
    // The form's first try has a value out of range, which the browser logs as a 400.
    test.use({ allowedConsoleErrors: httpErrorLine(400, "/api/alerts") });

    test("an alert made from a list view fires in the bell, links to the list as it was, and resolves", async ({
      page,
      api,
    }) => {
      const id = randomUUID().slice(0, 8);
      const partner = `E2E Alert ${id}`;
      // The viewer (role track) may make count rules.
      await signIn(
        page,
        `/transactions?status=error&partner=${encodeURIComponent(partner)}&live=off`,
        "viewer@acme.test",
      );
      await expect(page.getByRole("status").filter({ hasText: "0 transactions" })).toBeVisible();
      await page.getByRole("link", { name: "Alert me about this view" }).click();
      await expect(page.getByLabel("Filter", { exact: true })).toHaveValue(/status=error/);
      await expect(page.getByLabel("Filter", { exact: true })).toHaveValue(new RegExp(`partner=E2E`));
      await page.getByLabel("Name").fill(`Errors of ${partner}`);
      await page.getByLabel("Window (minutes)").fill("0");
      await page.getByRole("button", { name: "Create rule" }).click();
      // A bad value is answered next to its field, which gets the focus.
      await expect(page.getByRole("alert").filter({ hasText: "Window (minutes): out of range" })).toBeVisible();
      await expect(page.getByLabel("Window (minutes)")).toBeFocused();
      await page.getByLabel("Window (minutes)").fill("1");
      await page.getByLabel("Threshold").fill("1");
      await page.getByRole("button", { name: "Create rule" }).click();
      await page.waitForURL(/\/alerts\/[\w-]{36}$/);
      const ruleId = page.url().split("/").at(-1)!;
      made.push({ page, id: ruleId });
      await expect
        .poll(
          async () =>
            (
              (await (await page.request.get(`/api/alerts/${ruleId}`)).json()) as {
                rule: { state: string; lastEvaluatedAt: number | null };
              }
            ).rule,
        )
        .toMatchObject({ state: "ok", lastEvaluatedAt: expect.any(Number) });
      const before = await unread(page);

      // Two errors received 30 s ago: within the one-minute window for another 30 s.
      const start = Date.now() - 30_000;
      await ingestAs(api, "acme", [
        ...partnerTransaction(`${id}-1`, partner, start, true),
        ...partnerTransaction(`${id}-2`, partner, start + 1000, true),
      ]);
      await expect(page.getByTestId("unread-count")).toHaveText(String(before + 1), { timeout: 10_000 });
      await expect(page.getByTestId("rule-state")).toHaveText(/Firing/);

      await page.getByTestId("notification-bell").click();
      await page.waitForURL(/\/notifications$/);
      const notification = page
        .getByTestId("notification")
        .filter({ hasText: `Errors of ${partner}` })
        .first();
      await expect(notification).toContainText("Fired");
      await expect(notification).toContainText("2 matching transactions in the last 1 minute (above 1)");
      await notification.getByRole("link").click();
      await page.waitForURL(/\/transactions\?/);
      const url = new URL(page.url());
      expect(url.searchParams.get("status")).toBe("error");
      expect(url.searchParams.get("partner")).toBe(partner);
      // The window the rule looked at, as absolute instants.
      expect(Date.parse(url.searchParams.get("to")!) - Date.parse(url.searchParams.get("from")!)).toBe(60_000);
      await expect(page.getByRole("status").filter({ hasText: "2 transactions" })).toBeVisible();

      // The errors leave the window: the episode resolves, and the owner is told.
      await page.goto(`/alerts/${ruleId}`);
      await expect(page.getByTestId("episode-state").first()).toHaveText(/Resolved/, { timeout: 60_000 });
      await expect(page.getByTestId("episode")).toHaveCount(1);
      const { items } = (await (await page.request.get("/api/notifications")).json()) as {
        items: { ruleId: string; kind: string }[];
      };
      expect(items.filter((n) => n.ruleId === ruleId).map((n) => n.kind)).toEqual(["resolved", "fired"]);
    });
  });

  test.describe("edited in its form", () => {
    // The first save has a value out of range, which the browser logs as a 400.
    test.use({ allowedConsoleErrors: httpErrorLine(400, "/api/alerts/") });

    test("a rule's form opens filled in, names a bad value, and saves the change", async ({ page }) => {
      await signIn(page, "/alerts", "viewer@acme.test");
      const created = await page.request.post("/api/alerts", {
        data: {
          name: `Edit me ${randomUUID().slice(0, 8)}`,
          type: "count",
          query: "status=error",
          params: { windowMinutes: 15, threshold: 3, direction: "above" },
          timeZone: "Europe/Helsinki",
        },
      });
      expect(created.status(), await created.text()).toBe(201);
      const { rule } = (await created.json()) as { rule: { id: string; name: string } };
      made.push({ page, id: rule.id });

      await page.goto(`/alerts/${rule.id}`);
      await page.getByRole("link", { name: "Edit" }).click();
      await page.waitForURL(`**/alerts/${rule.id}/edit`);
      await expect(page.getByLabel("Name")).toHaveValue(rule.name);
      await expect(page.getByLabel("Threshold")).toHaveValue("3");
      await expect(page.getByLabel("Filter", { exact: true })).toHaveValue("status=error");

      await page.getByLabel("Name").fill(`${rule.name} (renamed)`);
      await page.getByLabel("Threshold").fill("-1");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Threshold" })).toBeVisible();
      await expect(page.getByLabel("Threshold")).toBeFocused();
      await page.getByLabel("Threshold").fill("7");
      await page.getByRole("button", { name: "Save changes" }).click();

      await page.waitForURL(new RegExp(`/alerts/${rule.id}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${rule.name} (renamed)`);
      await expect(page.getByTestId("rule-condition")).toHaveText(
        "Matching transactions in the last 15 minutes above 7",
      );
      // Unchanged fields are kept, and the rule is stored as shown.
      const stored = (await (await page.request.get(`/api/alerts/${rule.id}`)).json()) as {
        rule: { timeZone: string; params: { threshold: number } };
      };
      expect(stored.rule).toMatchObject({ timeZone: "Europe/Helsinki", params: { threshold: 7 } });
    });
  });

  test("expected volume fires on a silent partner and not on a normal one", async ({ page, api }) => {
    const id = randomUUID().slice(0, 8);
    const silent = `E2E Silent ${id}`;
    const steady = `E2E Steady ${id}`;
    // Days in a zone where it is at least noon now, so today's window is long at any hour of the run.
    const offsetHours = new Date().getUTCHours() < 12 ? 12 : 0;
    const timeZone = offsetHours ? "Etc/GMT-12" : "UTC";
    const now = Date.now();
    const midnight = Math.floor((now + offsetHours * 3_600_000) / DAY) * DAY - offsetHours * 3_600_000;
    const halfway = Math.floor((now - midnight) / 2);
    const events: unknown[] = [];
    for (let week = 1; week <= 4; week++)
      for (let n = 0; n < 3; n++) {
        const at = midnight - week * 7 * DAY + halfway + n * 60_000;
        events.push(...partnerTransaction(`${id}-s${week}${n}`, silent, at));
        events.push(...partnerTransaction(`${id}-t${week}${n}`, steady, at));
      }
    for (let n = 0; n < 3; n++) events.push(...partnerTransaction(`${id}-t0${n}`, steady, now - 120_000 + n * 1000));
    await ingestAs(api, "globex", events);

    await signIn(page, "/alerts", "demo@globex.test");
    const create = async (name: string, partner: string) => {
      const response = await page.request.post("/api/alerts", {
        data: {
          name,
          type: "volume",
          query: `partner=${encodeURIComponent(partner)}`,
          params: { fraction: 0.5 },
          timeZone,
        },
      });
      expect(response.status(), await response.text()).toBe(201);
      const { id } = ((await response.json()) as { rule: { id: string } }).rule;
      made.push({ page, id });
      return id;
    };
    const silentId = await create(`Volume of ${silent}`, silent);
    const steadyId = await create(`Volume of ${steady}`, steady);
    const evaluated = async (ruleId: string) => {
      let rule: {
        state: string;
        lastEvaluatedAt: number | null;
        lastValue: { value: number; baseline: number[] } | null;
      };
      await expect
        .poll(async () => {
          rule = ((await (await page.request.get(`/api/alerts/${ruleId}`)).json()) as { rule: typeof rule }).rule;
          return rule.lastEvaluatedAt !== null;
        })
        .toBe(true);
      return rule!;
    };
    const silentRule = await evaluated(silentId);
    expect(silentRule.lastValue).toMatchObject({ value: 0, baseline: [3, 3, 3, 3] });
    expect(silentRule.state).toBe("firing");
    const steadyRule = await evaluated(steadyId);
    expect(steadyRule.lastValue).toMatchObject({ value: 3, baseline: [3, 3, 3, 3] });
    expect(steadyRule.state).toBe("ok");

    await page.goto(`/alerts/${silentId}`);
    await expect(page.getByTestId("rule-state")).toHaveText(/Firing/);
    await expect(page.getByRole("heading", { name: "Today against the baseline" })).toBeVisible();
    await expect(page.getByText("Same time of day on the last 4 same weekdays: 3, 3, 3, 3")).toBeVisible();
  });

  test.describe("rules are their owner's alone, and bad fields are named", () => {
    test.use({ allowedConsoleErrors: httpErrorLine(404, "/alerts/") });

    test("another tenant gets 404 on every route, a viewer cannot make a report rule", async ({ page, browser }) => {
      await signIn(page, "/alerts", "demo@globex.test");
      const created = await page.request.post("/api/alerts", {
        data: {
          name: "Globex errors",
          type: "count",
          query: "status=error",
          params: { windowMinutes: 5, threshold: 3 },
        },
      });
      expect(created.status()).toBe(201);
      const ruleId = ((await created.json()) as { rule: { id: string } }).rule.id;
      made.push({ page, id: ruleId });

      const bad = await page.request.post("/api/alerts", {
        data: { name: "x", type: "count", query: "", params: { windowMinutes: 5, threshold: -1 } },
      });
      expect(bad.status()).toBe(400);
      expect((await bad.json()).error).toMatchObject({ field: "params.threshold" });
      for (const [body, field] of [
        [{ name: "x", type: "often", params: {} }, "type"],
        [{ name: "x", type: "count", query: "status=lost", params: { windowMinutes: 5, threshold: 1 } }, "query"],
        [{ name: "x", type: "count", params: { windowMinutes: 99999, threshold: 1 } }, "params.windowMinutes"],
      ] as const) {
        const answer = await page.request.post("/api/alerts", { data: body });
        expect(answer.status()).toBe(400);
        expect((await answer.json()).error.field).toBe(field);
      }
      const notJson = await page.request.post("/api/alerts", {
        data: "{",
        headers: { "content-type": "application/json" },
      });
      expect(notJson.status()).toBe(400);

      const acme = await browser.newContext();
      const other = await acme.newPage();
      await signIn(other, "/alerts", "viewer@acme.test");
      for (const method of ["get", "patch", "delete"] as const) {
        const answer = await other.request[method](
          `/api/alerts/${ruleId}`,
          method === "patch" ? { data: { mute: 60 } } : {},
        );
        expect(answer.status(), method).toBe(404);
      }
      const list = (await (await other.request.get("/api/alerts")).json()) as { rules: { id: string }[] };
      expect(list.rules.map((r) => r.id)).not.toContain(ruleId);
      await other.goto(`/alerts/${ruleId}`);
      await expect(other.getByRole("heading", { name: "No such alert rule" })).toBeVisible();
      const volume = await other.request.post("/api/alerts", {
        data: { name: "Volume", type: "volume", query: "", params: { fraction: 0.5 } },
      });
      expect(volume.status()).toBe(400);
      expect((await volume.json()).error.field).toBe("type");
      await acme.close();

      // The owner mutes and unmutes from the list.
      await page.goto("/alerts");
      const row = page.getByTestId("alert-rule-row").filter({ hasText: "Globex errors" });
      await row.getByRole("button", { name: "Mute for an hour: Globex errors" }).click();
      await expect(row.getByTestId("rule-state")).toContainText("muted");
      await row.getByRole("button", { name: "Unmute: Globex errors" }).click();
      await expect(row.getByTestId("rule-state")).not.toContainText("muted");
    });
  });
});
