import { describe, expect, it, vi } from "vitest";
import { readBody, withViewsDb } from "./http";
import { createViewSchema } from "./schema";

const down = vi.hoisted(() => ({ error: null as Error | null }));
vi.mock("@/lib/dashboard-store/db", () => ({
  dashboardDb: async () => {
    if (down.error) throw down.error;
    return {};
  },
}));

const post = (body: string) => new Request("http://localhost/api/views", { method: "POST", body });

describe("the views' routes", () => {
  it.each<[body: string, status: number, code: string, field: string | undefined]>([
    ["{", 400, "invalid_json", "body"],
    ['"Errors"', 400, "invalid_request", "body"],
    ["[]", 400, "invalid_request", "body"],
    ['{"name":"","page":"list","query":""}', 400, "invalid_request", "name"],
    [JSON.stringify({ name: "x".repeat(20_000) }), 413, "too_large", "body"],
  ])("refuse the body %# with %i naming %s", async (body, status, code, field) => {
    const read = await readBody(post(body), createViewSchema);
    expect(read.ok).toBe(false);
    const response = !read.ok ? read.response : new Response();
    expect(response.status).toBe(status);
    const { error } = await response.json();
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
  });

  it("answer 503, not 500, while the dashboard's database cannot be reached", async () => {
    down.error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await withViewsDb(async () => new Response("never"));
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe("unavailable");
    expect(error).toHaveBeenCalledOnce();
    // Any other failure is a bug, left to the route template's 500.
    down.error = new Error("syntax error at or near");
    await expect(withViewsDb(async () => new Response("never"))).rejects.toThrow("syntax error");
    down.error = null;
    expect(await (await withViewsDb(async () => new Response("ok"))).text()).toBe("ok");
  });
});
