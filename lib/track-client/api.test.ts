import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { samplePage, sampleTransaction } from "@/test/fixtures/transaction";
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

  it("facets without a facets endpoint are null (the menus show no counts), without calling it", async () => {
    sent.mockResolvedValueOnce(new Response(null, { status: 405 }));
    expect(await trackApi.facets("token", { filter: {} })).toBeNull();
    expect(await trackApi.facets("token", { filter: {} })).toBeNull();
    expect(calls()).toEqual(["POST /track/api/transactions/facets"]);
  });

  it("facets from a facets endpoint are checked against the answer's schema", async () => {
    const answer = { facets: { status: [{ value: "error", count: 3 }] }, exact: true, scanLimit: 20000 };
    sent.mockResolvedValueOnce(json({}, 401)).mockResolvedValueOnce(json(answer));
    expect(await trackApi.facets("token", { filter: {} })).toEqual(answer);
    sent.mockResolvedValueOnce(json({ facets: {} }));
    await expect(trackApi.facets("token", { filter: {} })).rejects.toMatchObject({ status: 502 });
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

describe("search answers", () => {
  const request = { filter: {}, sort: { field: "receivedAt", direction: "desc" }, page: { size: 50 } } as const;

  it("in remote mode, a first page that breaks the contract is a 502 naming the field", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { total: _total, ...answer } = samplePage(2);
    sent.mockResolvedValueOnce(json(answer));
    await expect(trackApi.searchResponse("token", request)).rejects.toMatchObject({
      status: 502,
      message: expect.stringContaining("has no `total`"),
    });
    sent.mockResolvedValueOnce(json(samplePage(2)));
    expect(await (await trackApi.searchResponse("token", request)).json()).toEqual(samplePage(2));
  });

  it("in embedded mode, is the upstream's Response, passed on unparsed", async () => {
    vi.stubEnv("TRACK_API_URL", "");
    const upstream = new Response('{"not":"checked"}', { status: 200 });
    sent.mockResolvedValueOnce(upstream);
    expect(await trackApi.searchResponse("token", request)).toBe(upstream);
  });
});

describe("findById", () => {
  const bodies = () => sent.mock.calls.map(([, init]) => JSON.parse(String(init.body)));

  it("picks the row whose id is exactly the id among the search's matches, paging on", async () => {
    const page = (ids: string[], nextCursor: string | null) =>
      json({ items: ids.map((id, i) => ({ ...sampleTransaction(i + 1), id })), total: 9, nextCursor });
    sent.mockResolvedValueOnce(page(["tx-10", "tx-100"], "c1")).mockResolvedValueOnce(page(["tx-1"], null));
    expect((await trackApi.findById("token", "tx-1"))?.id).toBe("tx-1");
    expect(bodies()).toEqual([
      expect.objectContaining({ filter: { q: "tx-1" }, page: { size: 100 } }),
      expect.objectContaining({ filter: { q: "tx-1" }, page: { size: 100, cursor: "c1" } }),
    ]);
  });

  it("is null when no page has the exact id, or the id is no valid search text", async () => {
    sent.mockResolvedValueOnce(json({ items: [{ ...sampleTransaction(1), id: "tx-10" }], total: 1, nextCursor: null }));
    expect(await trackApi.findById("token", "tx-1")).toBeNull();
    expect(await trackApi.findById("token", " padded ")).toBeNull();
    expect(await trackApi.findById("token", "x".repeat(1000))).toBeNull();
    expect(sent).toHaveBeenCalledOnce();
  });
});
