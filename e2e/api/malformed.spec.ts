import type { APIRequestContext, APIResponse } from "@playwright/test";
import { bearer, expect, httpErrorLine, test, tokenFor } from "../fixtures";

// Malformed input of every kind, on the Track API and on the BFF: never a 5xx (the fixture fails the
// test on any), and a client error names the field (Track API) or the URL parameter (BFF).

const CONTROL = {
  nul: "\u0000",
  bell: "\u0007",
  escape: "\u001b",
  delete: "\u007f",
  "C1 NEL": "\u0085",
  "inner newline": "\n",
};
const controlCases = <T>(make: (value: string) => T) =>
  Object.entries(CONTROL).map(([name, c]) => [name, make(`ab${c}cd`)] as const);

const MiB = 1024 * 1024;
const json = (data: unknown) => ({ data: JSON.stringify(data), headers: { "content-type": "application/json" } });
const raw = (data: string, type = "application/json") => ({ data, headers: { "content-type": type } });
type Body = { data: string | Buffer; headers: Record<string, string> };

/** A client error whose body names `field` (Track API: `field`; BFF: `param`) in its message too. */
async function expectNamed(response: APIResponse, status: number, key: "field" | "param", name: string) {
  expect(response.status(), await response.text()).toBe(status);
  const { error } = await response.json();
  expect(error[key]).toBe(name);
  expect(error.message).toContain(name);
}

/** Signs the request context in through next-auth, as the sign-in page does. */
async function bffSignIn(api: APIRequestContext) {
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  const response = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, username: "demo@acme.test", password: "demo", json: "true" },
  });
  expect(response.ok()).toBe(true);
  expect((await (await api.get("/api/auth/session")).json()).user?.email).toBe("demo@acme.test");
}

test.describe("Track API: malformed bodies", () => {
  const cases: [string, string, Body, number, string][] = [
    ...["q", "sender", "receiver", "businessPartner"].flatMap((key) =>
      controlCases((v) => json({ filter: { [key]: v } })).map(
        ([name, body]) =>
          [`${name} in ${key}`, "/track/api/transactions", body, 400, `filter.${key}`] as [
            string,
            string,
            Body,
            number,
            string,
          ],
      ),
    ),
    ...controlCases((v) => json({ filter: { serviceProfile: ["ok", v] } })).map(
      ([name, body]) =>
        [`${name} in serviceProfile`, "/track/api/transactions", body, 400, "filter.serviceProfile.1"] as [
          string,
          string,
          Body,
          number,
          string,
        ],
    ),
    ["NUL in q, stats", "/track/api/transactions/stats", json({ filter: { q: "a\u0000b" } }), 400, "filter.q"],
    [
      "NUL in sender, export",
      "/track/api/transactions/export",
      json({ filter: { sender: "a\u0000b" } }),
      400,
      "filter.sender",
    ],
    ["bad JSON", "/track/api/transactions", raw('{"filter":'), 400, "body"],
    ["an empty body", "/track/api/transactions", raw(""), 400, "body"],
    ["JSON with a BOM and garbage", "/track/api/transactions", raw("\uFEFF{]"), 400, "body"],
    [
      "a form body",
      "/track/api/transactions",
      raw("filter=1", "application/x-www-form-urlencoded"),
      415,
      "content-type",
    ],
    ["text/plain", "/track/api/transactions/stats", raw('{"filter":{}}', "text/plain"), 415, "content-type"],
    ["a 2 MiB body", "/track/api/transactions", json({ filter: {}, pad: "x".repeat(2 * MiB) }), 413, "body"],
    ["an array body", "/track/api/transactions", json([{ filter: {} }]), 400, "body"],
    ["null", "/track/api/transactions", json(null), 400, "body"],
    ["an array filter", "/track/api/transactions", json({ filter: [] }), 400, "filter"],
    ["a number for q", "/track/api/transactions", json({ filter: { q: 5 } }), 400, "filter.q"],
    ["an object for q", "/track/api/transactions", json({ filter: { q: { $ne: "" } } }), 400, "filter.q"],
    ["a string for status", "/track/api/transactions", json({ filter: { status: "error" } }), 400, "filter.status"],
    ["an unknown key", "/track/api/transactions", json({ filter: { colour: "red" } }), 400, "filter.colour"],
    [
      "a garbage cursor",
      "/track/api/transactions",
      json({ filter: {}, page: { cursor: "garbage" } }),
      400,
      "page.cursor",
    ],
    [
      "a non-ASCII cursor",
      "/track/api/transactions",
      json({ filter: {}, page: { cursor: `abc.${"é".repeat(32)}` } }),
      400,
      "page.cursor",
    ],
    [
      "a control-character cursor",
      "/track/api/transactions",
      json({ filter: {}, page: { cursor: "\u0000.\u0000" } }),
      400,
      "page.cursor",
    ],
    [
      "a 5000-character cursor",
      "/track/api/transactions",
      json({ filter: {}, page: { cursor: "x".repeat(5000) } }),
      400,
      "page.cursor",
    ],
    ["a fractional page size", "/track/api/transactions", json({ filter: {}, page: { size: 1.5 } }), 400, "page.size"],
    [
      "a bad date",
      "/track/api/transactions",
      json({ filter: { receivedFrom: "2026-13-45T99:00:00Z" } }),
      400,
      "filter.receivedFrom",
    ],
    [
      "a bad time zone",
      "/track/api/transactions/stats",
      json({ filter: {}, timeZone: "Mars/Olympus" }),
      400,
      "timeZone",
    ],
    ["a NUL time zone", "/track/api/transactions/stats", json({ filter: {}, timeZone: "\u0000" }), 400, "timeZone"],
    ["a bad bucket", "/track/api/transactions/stats", json({ filter: {}, bucket: "minute" }), 400, "bucket"],
    ["paging on export", "/track/api/transactions/export", json({ filter: {}, page: {} }), 400, "page"],
    ["an object for events", "/track/api/events", json({ events: {} }), 400, "events"],
    ["an array for the batch", "/track/api/events", json([]), 400, "body"],
    ["bad JSON in a batch", "/track/api/events", raw('{"events":[{'), 400, "body"],
  ];
  for (const [name, path, body, status, field] of cases) {
    test(`${path}: ${name} → ${status} naming ${field}`, async ({ api }) => {
      const user = path.endsWith("/events") ? "ingest@acme.test" : undefined;
      const response = await api.post(path, {
        ...body,
        headers: { ...body.headers, ...bearer(await tokenFor(api, user)) },
      });
      await expectNamed(response, status, "field", field);
    });
  }

  test("odd but well-formed text is searched, not refused", async ({ api }) => {
    const headers = bearer(await tokenFor(api));
    for (const q of [
      "\ud800",
      "%00",
      "'; drop table transactions; --",
      '"unterminated',
      "*",
      "NEAR(a b)",
      "\u200b",
      "🙂🙂🙂",
    ]) {
      const response = await api.post("/track/api/transactions", { headers, data: { filter: { q } } });
      expect(response.status(), q).toBe(200);
    }
  });
});

test.describe("Track API: malformed paths and ids", () => {
  const cases: [string, number, string | null][] = [
    ["/track/api/transactions/%ZZ", 400, "path"],
    ["/track/api/transactions/%C0%AF", 400, "path"],
    ["/track/api/transactions/%E0%A4%A", 400, "path"],
    ["/track/api/transactions/%ED%A0%80", 400, "path"],
    ["/track/api/transactions/x/files/%ZZ", 400, "path"],
    ["/track/api/transactions/%00", 404, null],
    ["/track/api/transactions/%1B%5B2J", 404, null],
    [`/track/api/transactions/${"x".repeat(4000)}`, 404, null],
    ["/track/api/transactions/..%2F..%2Fauth%2Fcerts", 404, null],
    ["/track/api/transactions/%F0%9F%99%82", 404, null],
    ["/track/api/transactions/nope/files/%00", 404, null],
    ["/track/api/no-such-thing", 404, null],
  ];
  for (const [path, status, field] of cases) {
    test(`GET ${path.slice(0, 60)} → ${status}`, async ({ api }) => {
      const response = await api.get(path, { headers: bearer(await tokenFor(api, "demo@globex.test")) });
      expect(response.status()).toBe(status);
      expect(response.headers()["content-type"]).toContain("application/json");
      const { error } = await response.json();
      if (field) await expectNamed(response, status, "field", field);
      else expect(error.message).toEqual(expect.any(String));
    });
  }
});

test.describe("BFF: malformed URL parameters and paths", () => {
  const list = (query: string) => `/api/transactions?${query}`;
  const cases: [string, string][] = [
    ...["q", "sender", "receiver", "partner", "profile"].flatMap((param) =>
      Object.entries(CONTROL).map(
        ([, c]) => [list(`${param}=${encodeURIComponent(`ab${c}cd`)}`), param] as [string, string],
      ),
    ),
    ["/api/stats?q=a%00b", "q"],
    ["/api/transactions/export?sender=a%00b", "sender"],
    ["/api/live?q=a%00b", "q"],
    // Refused by the Track API (it alone can check a cursor): the BFF names the URL parameter.
    [list("cursor=garbage"), "cursor"],
    [list(`cursor=abc.${"%C3%A9".repeat(32)}`), "cursor"],
    [list("cursor=%00.%00"), "cursor"],
    [list(`cursor=${"x".repeat(3000)}`), "cursor"],
    [list("tz=Mars%2FOlympus"), "tz"],
    [list("tz=%00"), "tz"],
    [list(`tz=${"A".repeat(100)}`), "tz"],
    ["/api/stats?tz=Nowhere", "tz"],
    [list("status=lost"), "status"],
    [list("status=error,%00"), "status"],
    [list("type=memo"), "type"],
    [list("sort=amount.sideways"), "sort"],
    [list("from=yesterday"), "from"],
    [list("from=2026-02-30"), "from"],
    [list("range=2w"), "range"],
    [list("overdue=%00"), "overdue"],
    ["/api/stats?bucket=minute", "bucket"],
    ["/api/stats?groupBy=%00", "groupBy"],
  ];

  test("each one is a 400 naming the URL parameter", async ({ api }) => {
    await bffSignIn(api);
    for (const [path, param] of cases) {
      await test.step(`${path.slice(0, 80)} → ${param}`, async () =>
        expectNamed(await api.get(path), 400, "param", param));
    }
  });

  test("bad paths, ids, methods and bodies are a 4xx in the uniform JSON shape", async ({ api }) => {
    await bffSignIn(api);
    const cases: [string, () => Promise<APIResponse>, number][] = [
      ["%ZZ id", () => api.get("/api/transactions/%ZZ"), 400],
      ["overlong UTF-8 id", () => api.get("/api/transactions/%C0%AF"), 400],
      ["cut UTF-8 file id", () => api.get("/api/transactions/x/files/%E0%A4%A"), 400],
      ["NUL id", () => api.get("/api/transactions/%00"), 404],
      ["4000-character id", () => api.get(`/api/transactions/${"x".repeat(4000)}`), 404],
      ["unknown file", () => api.get("/api/transactions/nope/files/%00?disposition=%00"), 404],
      ["unknown address", () => api.get("/api/no-such-thing"), 404],
      [
        "POST with a huge body to a GET route",
        () =>
          api.post("/api/transactions", { data: "x".repeat(2 * MiB), headers: { "content-type": "application/json" } }),
        405,
      ],
    ];
    for (const [name, send, status] of cases) {
      await test.step(name, async () => {
        const response = await send();
        expect(response.status(), name).toBe(status);
        if (status !== 405) expect((await response.json()).error.message).toEqual(expect.any(String));
      });
    }
    // Too long for the server's header limit: refused before the app, but still not a 5xx.
    expect((await api.get(list(`q=${"x".repeat(40_000)}`))).status()).toBeLessThan(500);
  });
});

const UNDECODABLE_PAGES = ["/transactions/%E0%A4%A", "/%ZZ", "/sign-in/%C0%AF"];

test.describe(() => {
  // The browser logs each 404 page it is shown as a console error.
  test.use({ allowedConsoleErrors: httpErrorLine(404, ...UNDECODABLE_PAGES) });
  test("a page path that does not decode shows the app's not-found page", async ({ page }) => {
    for (const path of UNDECODABLE_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
  });
});
