import fs from "node:fs";
import Database from "better-sqlite3";
import { decode } from "next-auth/jwt";
import { basic, expect, httpErrorLine, signIn, test } from "./fixtures";

const E2E_DATA = "data/e2e";

/** The tokens inside the encrypted session cookie, decrypted with the server's own secret. */
async function sessionTokens(cookieValue: string) {
  const secret = fs.readFileSync(`${E2E_DATA}/auth-secret`, "utf8").trim();
  const token = (await decode({ token: cookieValue, secret })) as { accessToken: string; refreshToken: string };
  return token;
}

function setLocked(email: string, locked: boolean) {
  const db = new Database(`${E2E_DATA}/track.db`);
  db.pragma("busy_timeout = 5000");
  db.prepare("update users set locked = ? where email = ?").run(locked ? 1 : 0, email);
  db.close();
}

test("no response delivered to the browser contains the access or refresh token; the cookie is httpOnly", async ({
  page,
  context,
}) => {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    const body = await response.text().catch(() => "");
    bodies.push(`${JSON.stringify(response.headers())}\n${body}`);
  });
  await signIn(page, "/transactions");
  await expect(page.getByTestId("tenant")).toHaveText("acme");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  const { accessToken, refreshToken } = await sessionTokens(cookie!.value);
  expect(accessToken).toMatch(/^ey/);

  const session = await page.request.get("/api/auth/session");
  bodies.push(await session.text());
  expect(await session.json()).toMatchObject({ user: { email: "demo@acme.test", tenant: "acme" } });
  const list = await page.request.get("/api/transactions");
  bodies.push(await list.text());
  await page.reload();
  await page.waitForLoadState("networkidle");

  const signature = accessToken.split(".")[2];
  for (const body of bodies) {
    expect(body.includes(signature)).toBe(false);
    expect(body.includes(refreshToken)).toBe(false);
  }
});

test.describe("sign-in messages", () => {
  // Each refused sign-in is a 401 of the credentials callback, which the browser logs.
  test.use({ allowedConsoleErrors: httpErrorLine(401, "/api/auth/callback/credentials") });
  test("wrong password, locked user and an unreachable auth service each get their own message", async ({
    page,
    api,
  }) => {
    await page.goto("/sign-in");
    const attempt = async (user: string, password: string) => {
      await page.getByLabel("User name").fill(user);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
    };
    const message = page.locator("form [role=alert]");
    await attempt("demo@globex.test", "wrong");
    await expect(message).toHaveText("Wrong user name or password.");

    setLocked("viewer@acme.test", true);
    try {
      await attempt("viewer@acme.test", "demo");
      await expect(message).toContainText("This account is locked");
    } finally {
      setLocked("viewer@acme.test", false);
    }

    await api.post("/track/api/test/faults", { data: { times: 1, status: 503, path: "/auth/token" } });
    await attempt("demo@globex.test", "demo");
    await expect(message).toContainText("cannot be reached");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test("a signed-out person lands on the same view after sign-in, and never on another site", async ({ page }) => {
  const view = "/transactions?status=error&type=invoice&sort=amount.asc";
  await signIn(page, view);
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(view);

  // Leave the list first: its live stream would see the cleared session and go to sign-in itself.
  await page.goto("about:blank");
  await page.context().clearCookies();
  await page.goto("/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2Fphish");
  await page.getByLabel("User name").fill("demo@acme.test");
  await page.getByLabel("Password").fill("demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/transactions");
});

test("a view filtered by error type is signed into like any other (its `error` parameter is the filter's)", async ({
  page,
}) => {
  const view = "/transactions?error=RECEIVING_AP_ERROR";
  await signIn(page, view);
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(view);
  await expect(page.getByRole("button", { name: /^Remove filter Error type: / })).toBeVisible();
});

test("sign-out ends the session on the server: a copied cookie is refused everywhere, its refresh token is revoked, its live stream closes", async ({
  page,
  context,
  api,
  browser,
}) => {
  await signIn(page, "/transactions");
  await expect(page.locator("main tbody tr").first()).toBeVisible();
  const old = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  const cookie = { cookie: `${old.name}=${old.value}` };
  const { refreshToken } = await sessionTokens(old.value);
  const [transaction] = (
    await (await api.get("/api/transactions?status=delivered&type=invoice", { headers: cookie })).json()
  ).items;
  const detail = await (await api.get(`/api/transactions/${transaction.id}`, { headers: cookie })).json();
  const file = detail.files[0];

  // A live stream of the copied cookie, open before the sign-out (it resolves when the stream ends).
  const viewers = async () =>
    (await (await api.get("/api/live/status", { headers: cookie })).json()).subscribers as number;
  const before = await viewers();
  const stream = api.get("/api/live?status=error&range=24h", { headers: cookie, timeout: 20_000 });
  await expect.poll(viewers).toBe(before + 1);

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in/);

  const ended = await stream;
  expect(ended.status()).toBe(200);
  expect(await ended.text()).toContain("event: ended");

  for (const path of [
    "/api/transactions",
    "/api/transactions?status=error",
    "/api/stats?range=24h",
    `/api/transactions/${transaction.id}`,
    `/api/transactions/${transaction.id}/files/${file.id}`,
    "/api/transactions/export?range=today",
    "/api/live",
    "/api/live/status",
    "/api/health",
  ]) {
    const response = await api.get(path, { headers: cookie });
    expect(response.status(), path).toBe(401);
    expect((await response.json()).error.code, path).toBe("session_expired");
  }
  // next-auth neither reports nor renews the session.
  expect(await (await api.get("/api/auth/session", { headers: cookie })).json()).toEqual({});

  const rotated = await api.post("/auth/token", {
    headers: { authorization: basic() },
    form: { grant_type: "refresh_token", refresh_token: refreshToken },
  });
  expect(rotated.status()).toBe(400);
  expect(await rotated.json()).toMatchObject({
    error: "invalid_grant",
    error_description: expect.stringContaining("revoked"),
  });

  // Pages with the copied cookie go to sign-in, in another browser too.
  const elsewhere = await browser.newContext();
  await elsewhere.addCookies([old]);
  const other = await elsewhere.newPage();
  await other.goto("/transactions?status=error");
  await expect(other).toHaveURL(/\/sign-in\?callbackUrl=%2Ftransactions%3Fstatus%3Derror/);
  await other.goto("/");
  await expect(other).toHaveURL(/\/sign-in/);
  await elsewhere.close();

  // Signing in again starts a new session that works.
  await page.goto("/transactions");
  await page.getByLabel("User name").fill("demo@acme.test");
  await page.getByLabel("Password").fill("demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main tbody tr").first()).toBeVisible();
  expect((await page.request.get("/api/transactions")).status()).toBe(200);
});

test.describe("upstream faults", () => {
  test.use({
    allowedServerStatuses: [502, 504],
    allowedConsoleErrors: httpErrorLine([502, 504], "/api/transactions?"),
  });

  test("503s and timeouts give a clear message and a retry; an expired token is refreshed silently", async ({
    page,
    api,
  }) => {
    test.setTimeout(90_000);
    await signIn(page, "/transactions");
    const rows = page.locator("main tbody tr");
    await expect(rows.first()).toBeVisible();

    await api.post("/track/api/test/faults", { data: { times: 50, status: 503 } });
    await page.goto("/transactions?status=delivered");
    await expect(page.locator("main").getByRole("alert")).toContainText("not answering properly");
    await api.post("/track/api/test/faults", { data: { times: 0 } });
    await page.locator("main").getByRole("button", { name: "Retry" }).click();
    await expect(rows.first()).toBeVisible();
    await expect(page.locator("main").getByRole("alert")).toHaveCount(0);

    await api.post("/track/api/test/faults", { data: { times: 50, delayMs: 3500 } });
    await page.goto("/transactions?status=error");
    await expect(page.locator("main").getByRole("alert")).toContainText("took too long", { timeout: 30_000 });
    await api.post("/track/api/test/faults", { data: { times: 0 } });
    await page.locator("main").getByRole("button", { name: "Retry" }).click();
    await expect(rows.first()).toBeVisible();

    const before = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!.value;
    // Without the zone cookie the server renders no data (lib/bff/first-paint.ts), so the 401 meets
    // the browser's own request through the BFF.
    await page.context().clearCookies({ name: "tm_tz" });
    await api.post("/track/api/test/faults", { data: { times: 1, status: 401 } });
    const response = page.waitForResponse((r) => r.url().includes("/api/transactions?") && r.status() === 200);
    await page.goto("/transactions?status=rejected");
    await response;
    await expect(rows.first()).toBeVisible();
    const after = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!.value;
    expect((await sessionTokens(after)).accessToken).not.toBe((await sessionTokens(before)).accessToken);
  });
});
