import { signIn } from "../../e2e/fixtures";
import { expect, minimalRemoteTest as test } from "./fixtures";
import { RECEIVED, transactionEvents } from "../../e2e/events";
import { accessToken, postEvents, signInCookie } from "./http";

// The dashboard in remote mode against an upstream with only what the public Track API description
// documents (POST /auth/token, POST /track/api/transactions): every page works or says what it lacks.

const armFault = (url: string, fault: Record<string, unknown>) =>
  fetch(`${url}/track/api/test/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(fault),
  });

test("the upstream answers 404 for the detail, stats and health endpoints, and searches", async ({ minimal }) => {
  expect((await fetch(`${minimal.upstream}/track/api/health`)).status).toBe(404);
  const stats = await fetch(`${minimal.upstream}/track/api/transactions/stats`, { method: "POST", body: "{}" });
  expect(stats.status).toBe(404);
  expect((await fetch(`${minimal.upstream}/track/api/transactions/x`)).status).toBe(404);
  const token = await accessToken(minimal.upstream, "demo@acme.test");
  const search = await fetch(`${minimal.upstream}/track/api/transactions`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ filter: {} }),
  });
  expect(search.status).toBe(200);
});

test("sign in, the list with a filter, a drill-down of the row with a plain note, and an overview computed from searches that says so", async ({
  minimal,
  page,
}) => {
  await signIn(page, `${minimal.url}/transactions`);
  const rows = page.locator("main tbody tr");
  await expect(rows.first()).toBeVisible();
  await page.goto(`${minimal.url}/transactions?status=delivered`);
  await expect(rows.first()).toContainText("Delivered");
  await rows.first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/transactions\/[^/?]+/);
  const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("note").first()).toContainText("no transaction detail endpoint");
  await expect(page.getByRole("note").nth(1)).toContainText("offers no files");

  const view = await page.request.get(`${minimal.url}/api/transactions/${encodeURIComponent(id)}`);
  expect(view.status()).toBe(200);
  expect(await view.json()).toMatchObject({ id, status: "delivered", events: [], unavailable: ["events", "files"] });
  // No health endpoint: no tracking indicator.
  expect(await (await page.request.get(`${minimal.url}/api/health`)).json()).toEqual({ trackingLag: null });
  await expect(page.getByTestId("tracking-lag")).toHaveCount(0);

  await page.goto(`${minimal.url}/`);
  await expect(page.getByRole("note")).toContainText("no statistics endpoint: these numbers are computed from");
  await expect(page.locator("main").getByRole("alert")).toHaveCount(0);
});

test("the overview computed from searches has the upstream's search totals", async ({ minimal, page }) => {
  await signIn(page, `${minimal.url}/`);
  const answer = await page.request.get(`${minimal.url}/api/stats?range=7d&bucket=day&groupBy=status&tz=UTC`);
  expect(answer.status()).toBe(200);
  const stats = (await answer.json()) as {
    from: string;
    to: string;
    totals: { total: number; byStatus: Record<string, number> };
    series: { total: number }[];
    computed?: { searches: number };
  };
  expect(stats.computed?.searches).toBeGreaterThan(0);
  const token = await accessToken(minimal.upstream, "demo@acme.test");
  const total = async (filter: Record<string, unknown>) => {
    const response = await fetch(`${minimal.upstream}/track/api/transactions`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        filter: { receivedFrom: stats.from, receivedTo: stats.to, ...filter },
        page: { size: 1 },
      }),
    });
    return ((await response.json()) as { total: number }).total;
  };
  expect(stats.totals.total).toBeGreaterThan(0);
  expect(stats.totals.total).toBe(await total({}));
  expect(stats.totals.byStatus.delivered).toBe(await total({ status: ["delivered"] }));
  expect(stats.totals.byStatus.error).toBe(await total({ status: ["error"] }));
  expect(stats.series.reduce((a, b) => a + b.total, 0)).toBe(stats.totals.total);
});

test("the export pages through the search: every matching row", async ({ minimal }) => {
  const cookie = await signInCookie(minimal.url);
  const token = await accessToken(minimal.upstream, "demo@acme.test");
  const search = await fetch(`${minimal.upstream}/track/api/transactions`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ filter: { status: ["delivered"] }, page: { size: 1 } }),
  });
  const { total } = (await search.json()) as { total: number };
  expect(total).toBeGreaterThan(10);
  const exported = await fetch(`${minimal.url}/api/transactions/export?status=delivered`, { headers: { cookie } });
  expect(exported.status).toBe(200);
  expect((await exported.text()).trim().split("\n").length - 1).toBe(total);
});

test("an upstream search answer without `total` is a 502 that names it, and the list says so", async ({
  minimal,
  page,
}) => {
  const message = "The upstream's search answer has no `total`. (POST /track/api/transactions)";
  const cookie = await signInCookie(minimal.url);
  expect((await armFault(minimal.upstream, { times: 100, omit: "total" })).status).toBe(200);
  try {
    const answer = await fetch(`${minimal.url}/api/transactions?status=error`, { headers: { cookie } });
    expect(answer.status).toBe(502);
    expect(await answer.json()).toEqual({ error: { code: "upstream_contract", message, field: "total" } });

    await signIn(page, `${minimal.url}/transactions?dir=inbound`);
    const alert = page.locator("main").getByRole("alert");
    await expect(alert).toContainText("The Track API answered in a shape this dashboard cannot read");
    await expect(alert).toContainText(message);
  } finally {
    await armFault(minimal.upstream, { times: 0 });
  }
  await page.reload();
  await expect(page.locator("main tbody tr").first()).toBeVisible();
  await expect(page.locator("main").getByRole("alert")).toHaveCount(0);
});

test("live: an event ingested at the upstream reaches the list, by search probes alone", async ({ minimal, page }) => {
  await signIn(page, `${minimal.url}/transactions`);
  await expect(page.locator('[data-live-status="live"]')).toHaveCount(1);
  const token = await accessToken(minimal.upstream, "ingest@acme.test");
  const id = `cl-minimal-${Date.now().toString(36)}`;
  expect(await postEvents(minimal.upstream, token, transactionEvents(id, Date.now() - 1000, [RECEIVED]))).toBe(202);
  const banner = page.getByRole("button", { name: /1 new transaction · Show/ });
  await expect(banner).toBeVisible();
  await banner.click();
  await expect(page.locator("main tbody tr").first()).toContainText(`E2E-${id}`);
});
