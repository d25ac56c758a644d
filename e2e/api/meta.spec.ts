import { expect, test } from "../fixtures";

test("health reports the tracking lag", async ({ api }) => {
  const response = await api.get("/track/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(["ok", "delay", "major"]).toContain(body.trackingLag.level);
  expect(body.trackingLag.seconds).toEqual(expect.any(Number));
});

test("the OpenAPI document and the docs page describe the search", async ({ api }) => {
  const spec = await (await api.get("/track/api/open-api-spec.json")).json();
  expect(spec.openapi).toBe("3.1.0");
  expect(Object.keys(spec.paths)).toEqual(
    expect.arrayContaining([
      "/track/api/transactions",
      "/track/api/transactions/{id}",
      "/track/api/transactions/stats",
      "/track/api/events",
    ]),
  );
  expect(
    spec.paths["/track/api/transactions"].post.requestBody.content["application/json"].schema.properties.filter
      .properties,
  ).toHaveProperty("errorType");
  const docs = await api.get("/track/api/docs");
  expect(docs.headers()["content-type"]).toContain("text/html");
  expect(await docs.text()).toContain("/track/api/transactions/stats");
});

test("pages carry the security headers", async ({ api }) => {
  const response = await api.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});
