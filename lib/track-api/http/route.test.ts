import { describe, expect, it, vi } from "vitest";
import { setFault } from "@/lib/track-api/faults";
import { embeddedRoute } from "./route";

const failing = (error: Error) => embeddedRoute(async () => Promise.reject(error));
const call = (handler: ReturnType<typeof failing>) =>
  handler(new Request("http://localhost/track/api/transactions", { method: "POST" }), {});

describe("embeddedRoute", () => {
  it("answers 503 with Retry-After when the database does not answer, and logs it once per outage", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const shutdown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    for (const cause of [refused, shutdown, new Error("Connection terminated unexpectedly")]) {
      const response = await call(failing(cause));
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(await response.json()).toMatchObject({ error: { code: "database_unavailable" } });
    }
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it("still answers 500 for a statement that is wrong", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const wrong = Object.assign(new Error('column "nope" does not exist'), { code: "42703" });
    expect((await call(failing(wrong))).status).toBe(500);
    error.mockRestore();
  });

  it("leaves out the field a fault names from the JSON answer (TRACK_FAULTS=1)", async () => {
    vi.stubEnv("TRACK_FAULTS", "1");
    setFault({ times: 1, delayMs: 0, path: "/track/api/transactions", omit: "total" });
    const route = embeddedRoute(async () => Response.json({ items: [], total: 0, nextCursor: null }));
    expect(await (await call(route)).json()).toEqual({ items: [], nextCursor: null });
    expect(await (await call(route)).json()).toEqual({ items: [], total: 0, nextCursor: null });
    vi.unstubAllEnvs();
  });
});
