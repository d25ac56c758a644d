import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetCapabilities } from "./capabilities";
import { trackApi } from "./api";
import { send } from "./transport";

vi.mock("./transport", () => ({ send: vi.fn() }));
const sent = vi.mocked(send);
const json = (body: unknown, status = 200) => Response.json(body, { status });
const calls = () => sent.mock.calls.map(([url, init]) => `${init.method} ${new URL(url).pathname}`);
const STATS_REQUEST = { filter: {}, bucket: "hour", groupBy: "status", timeZone: "UTC" } as const;

beforeEach(() => {
  vi.stubEnv("TRACK_API_URL", "https://track.example");
  vi.stubEnv("TRACK_CLIENT_ID", "c");
  vi.stubEnv("TRACK_CLIENT_SECRET", "s");
  forgetCapabilities();
  sent.mockReset();
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("optional endpoints in remote mode", () => {
  it("health is null without a health endpoint, and the probe is not repeated", async () => {
    sent.mockResolvedValueOnce(json({ error: { message: "no" } }, 404));
    expect(await trackApi.health()).toBeNull();
    expect(await trackApi.health()).toBeNull();
    expect(calls()).toEqual(["GET /track/api/health"]);
  });

  it("stats without a stats endpoint is a 501 that names the endpoint, without calling it", async () => {
    sent.mockResolvedValueOnce(new Response(null, { status: 405 }));
    const error = await trackApi.stats("token", STATS_REQUEST).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 501, code: "not_offered" });
    expect((error as Error).message).toMatch(/no POST \/track\/api\/transactions\/stats endpoint/);
    expect(calls()).toEqual(["POST /track/api/transactions/stats"]);
  });

  it("a 404 of a real call where the probe saw the endpoint marks it absent", async () => {
    sent.mockResolvedValueOnce(json({}, 401)).mockResolvedValueOnce(json({}, 404));
    expect(await trackApi.health()).toBeNull();
    expect(await trackApi.health()).toBeNull();
    expect(calls()).toEqual(["GET /track/api/health", "GET /track/api/health"]);
  });

  it("calls a present endpoint with the token", async () => {
    sent.mockResolvedValueOnce(json({}, 200)).mockResolvedValueOnce(json({ trackingLag: { seconds: 3, level: "ok" } }));
    expect(await trackApi.health()).toEqual({ trackingLag: { seconds: 3, level: "ok" } });
  });
});
