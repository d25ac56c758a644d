import {
  test as base,
  expect,
  type APIRequestContext,
  type APIResponse,
  type Page,
  type Response,
} from "@playwright/test";

export const DEMO_CLIENT = { id: "demo-client", secret: "demo-secret" };
export const basic = (id = DEMO_CLIENT.id, secret = DEMO_CLIENT.secret) =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

type Method = "get" | "post" | "put" | "patch" | "delete" | "fetch";

/** Milliseconds this worker's test server's clock runs ahead of real time (a worker serves one project). */
let offset: number | undefined;

/**
 * The `request` fixture with a guard: every response of the test is recorded, and the test fails if
 * any of them was a 5xx ("no request in the suite gets a 500").
 */
export const test = base.extend<{
  api: APIRequestContext;
  serverErrors: string[];
  allowedServerStatuses: number[];
  consoleErrors: string[];
  allowedConsoleErrors: RegExp | null;
  serverNow: () => number;
}>({
  /** 5xx statuses a test provokes on purpose (e.g. 502/504 while the upstream is made to fail). */
  allowedServerStatuses: [[], { option: true }],
  /**
   * Console errors a test provokes on purpose (the browser logs every 4xx/5xx answer it gets as one),
   * as one pattern. NOTE: not an array: `test.use` reads `[value, {…}]` as a value with fixture options.
   */
  allowedConsoleErrors: [null, { option: true }],
  /** Console errors and warnings, uncaught exceptions and hydration warnings of the test's page: none allowed. */
  consoleErrors: [
    async ({ allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      await use(errors);
      const unexpected = errors.filter((e) => !allowedConsoleErrors?.test(e));
      expect(unexpected, "console errors, uncaught exceptions or hydration warnings").toEqual([]);
    },
    { auto: true },
  ],
  serverErrors: [
    async ({ allowedServerStatuses }, use) => {
      const errors: string[] = [];
      await use(errors);
      const unexpected = errors.filter((e) => !allowedServerStatuses.includes(Number(e.split(" ")[0])));
      expect(unexpected, "responses with a 5xx status").toEqual([]);
    },
    { auto: true },
  ],
  /** The test server's data clock: real time on the main server, a chosen instant's on a clock project's. */
  serverNow: async ({ request }, use) => {
    const ahead = (offset ??= (await (await request.get("/track/api/test/clock")).json()).offsetMs as number);
    await use(() => Date.now() + ahead);
  },
  page: async ({ page, serverErrors, consoleErrors, serverNow }, use) => {
    // The browser's clock starts where the server's is, and runs on from there.
    if (offset) await page.clock.install({ time: serverNow() });
    page.on("console", (message) => {
      const text = message.text();
      if (message.type() === "error" || (message.type() === "warning" && /hydrat/i.test(text)))
        consoleErrors.push(`${message.type()}: ${text} (${message.location().url})`);
    });
    page.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`));
    page.on("response", (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
    });
    // A page of the app is used once it has hydrated: its server HTML (with the first data) shows
    // earlier, and a control used before hydration loses its input.
    const untilHydrated = async (response: Response | null) => {
      const html = response?.headers()["content-type"]?.startsWith("text/html");
      if (html && response?.ok() && !/^\/(api|track|auth)\//.test(new URL(page.url()).pathname)) await hydrated(page);
      return response;
    };
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => untilHydrated(await goto(url, options));
    const reload = page.reload.bind(page);
    page.reload = async (options) => untilHydrated(await reload(options));
    await use(page);
  },
  api: async ({ request, serverErrors }, use) => {
    const guarded = new Proxy(request, {
      get(target, prop: string) {
        const value = Reflect.get(target, prop);
        if (!["get", "post", "put", "patch", "delete", "fetch"].includes(prop as Method)) return value;
        return async (...args: unknown[]) => {
          const response: APIResponse = await (value as (...a: unknown[]) => Promise<APIResponse>).apply(target, args);
          if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`);
          return response;
        };
      },
    });
    await use(guarded);
  },
});
export { expect };

/**
 * The console line the browser logs for an answer of `status` (or one of them) from a URL whose path and query start
 * with one of `paths` (for `allowedConsoleErrors`, in a test that provokes that answer on purpose).
 */
export const httpErrorLine = (status: number | number[], ...paths: string[]) =>
  new RegExp(
    `status of (${[status].flat().join("|")}) \\(.*\\) \\(https?://[^/]+(${paths.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`,
  );

const tokens = new Map<string, string>();

/** An access token for a demo user (password "demo"), fetched once per user and worker. */
export async function tokenFor(api: APIRequestContext, username = "demo@acme.test"): Promise<string> {
  const cached = tokens.get(username);
  if (cached) return cached;
  const response = await api.post("/auth/token", {
    headers: { authorization: basic() },
    form: { grant_type: "password", username, password: "demo", scope: "openid email userInfo roles" },
  });
  expect(response.status(), await response.text()).toBe(200);
  const token = (await response.json()).access_token as string;
  tokens.set(username, token);
  return token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Signs in through the sign-in page; `to` is the page to land on (the sign-in redirects back to it). */
export async function signIn(
  page: import("@playwright/test").Page,
  to = "/transactions",
  username = "demo@acme.test",
  password = "demo",
) {
  await page.goto(to);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel("User name").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await hydrated(page);
}

/** Waits until the page's React tree has hydrated (app/providers.tsx marks the document). */
export async function hydrated(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** The BFF's shared live loops and SSE subscribers (test builds only), asked with the page's session. */
export async function liveStatus(page: Page): Promise<{ loops: number; subscribers: number }> {
  return (await page.request.get("/api/live/status")).json();
}

/** The page's cookies as one Cookie header, for clients outside the browser that use its session. */
export async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}
