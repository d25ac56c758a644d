import { afterEach, describe, expect, it, vi } from "vitest";
import { embeddedRoute } from "./http/route";
import { enabledEndpoints, endpointOf, endpointTurnedOff } from "./endpoints";

afterEach(() => vi.unstubAllEnvs());

const minimal = () => {
  vi.stubEnv("TRACK_FAULTS", "1");
  vi.stubEnv("TRACK_API_ENDPOINTS", "token, search");
};

describe("endpointOf", () => {
  it.each([
    ["POST", "/auth/token", "token"],
    ["POST", "/track/api/transactions", "search"],
    ["POST", "/track/api/transactions/stats", "stats"],
    ["POST", "/track/api/transactions/facets", "facets"],
    ["POST", "/track/api/transactions/export", "export"],
    ["GET", "/track/api/transactions/tx-1", "transaction"],
    ["GET", "/track/api/transactions/tx-1/files/f-1", "file"],
    ["GET", "/track/api/health", "health"],
    ["POST", "/track/api/events", "events"],
    ["GET", "/track/api/test/faults", null],
    ["GET", "/track/api/transactions", null],
  ])("%s %s is %s", (method, path, name) => {
    expect(endpointOf(method, path)).toBe(name);
  });
});

describe("TRACK_API_ENDPOINTS", () => {
  it("leaves every endpoint on when unset, and is ignored without TRACK_FAULTS=1", () => {
    expect(enabledEndpoints()).toBeNull();
    vi.stubEnv("TRACK_API_ENDPOINTS", "token,search");
    expect(enabledEndpoints()).toBeNull();
    expect(endpointTurnedOff("POST", "/track/api/transactions/stats")).toBe(false);
  });

  it("turns off every endpoint but the listed ones; the test routes stay", () => {
    minimal();
    expect(enabledEndpoints()).toEqual(new Set(["token", "search"]));
    expect(endpointTurnedOff("POST", "/auth/token")).toBe(false);
    expect(endpointTurnedOff("POST", "/track/api/transactions")).toBe(false);
    for (const [method, path] of [
      ["POST", "/track/api/transactions/stats"],
      ["GET", "/track/api/transactions/tx-1"],
      ["GET", "/track/api/transactions/tx-1/files/f-1"],
      ["GET", "/track/api/health"],
      ["POST", "/auth/revoke"],
    ])
      expect(endpointTurnedOff(method, path), `${method} ${path}`).toBe(true);
    expect(endpointTurnedOff("POST", "/track/api/test/faults")).toBe(false);
  });

  it("rejects a name that is no endpoint, listing the names", () => {
    vi.stubEnv("TRACK_FAULTS", "1");
    vi.stubEnv("TRACK_API_ENDPOINTS", "token,serach");
    expect(() => enabledEndpoints()).toThrow(/no endpoint "serach".*token, revoke/);
  });

  it("answers a turned-off endpoint 404 as an unknown address, without running its handler", async () => {
    minimal();
    const handler = vi.fn(async () => Response.json({ ok: true }));
    const route = embeddedRoute(handler);
    const stats = await route(new Request("http://localhost/track/api/transactions/stats", { method: "POST" }), {});
    expect(stats.status).toBe(404);
    expect(await stats.json()).toEqual({
      error: { code: "not_found", message: "There is no such Track API address" },
    });
    expect(handler).not.toHaveBeenCalled();
    const search = await route(new Request("http://localhost/track/api/transactions", { method: "POST" }), {});
    expect(search.status).toBe(200);
  });
});
