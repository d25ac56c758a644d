import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CAPABILITY_TTL_MS, UNKNOWN_RETRY_MS, forgetCapabilities, recordAbsent, upstreamHas } from "./capabilities";
import { send } from "./transport";

vi.mock("./transport", () => ({ send: vi.fn() }));
const sent = vi.mocked(send);
const answer = (status: number) => sent.mockResolvedValueOnce(new Response(null, { status }));
const T0 = Date.parse("2026-03-02T10:00:00Z");

beforeEach(() => {
  vi.stubEnv("TRACK_API_URL", "https://track.example");
  forgetCapabilities();
  sent.mockReset();
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("upstreamHas", () => {
  it("has every endpoint in embedded mode, without a probe", async () => {
    vi.stubEnv("TRACK_API_URL", "");
    expect(await upstreamHas("stats")).toBe(true);
    expect(sent).not.toHaveBeenCalled();
  });

  it("probes an endpoint once, without a token, at a placeholder address", async () => {
    answer(401);
    expect(await upstreamHas("transaction", T0)).toBe(true);
    expect(await upstreamHas("transaction", T0 + 1000)).toBe(true);
    expect(sent).toHaveBeenCalledOnce();
    const [url, init] = sent.mock.calls[0]!;
    expect(url).toBe("https://track.example/track/api/transactions/capability-probe");
    expect(init.method).toBe("GET");
    expect(new Headers(init.headers).has("authorization")).toBe(false);
  });

  it.each([404, 405])("takes %i for absent, logged once, and believes it for the TTL", async (status) => {
    answer(status);
    expect(await upstreamHas("stats", T0)).toBe(false);
    expect(sent.mock.calls[0]![1].method).toBe("POST");
    expect(await upstreamHas("stats", T0 + CAPABILITY_TTL_MS - 1)).toBe(false);
    expect(sent).toHaveBeenCalledOnce();
    answer(status);
    expect(await upstreamHas("stats", T0 + CAPABILITY_TTL_MS + 1)).toBe(false);
    expect(sent).toHaveBeenCalledTimes(2);
    expect(console.warn).toHaveBeenCalledOnce();
    expect(vi.mocked(console.warn).mock.calls[0]![0]).toMatch(/no POST \/track\/api\/transactions\/stats/);
  });

  it("takes a 5xx or no answer for unknown, and asks again after a short while", async () => {
    answer(503);
    expect(await upstreamHas("health", T0)).toBeNull();
    expect(await upstreamHas("health", T0 + UNKNOWN_RETRY_MS - 1)).toBeNull();
    sent.mockRejectedValueOnce(new TypeError("fetch failed"));
    expect(await upstreamHas("health", T0 + UNKNOWN_RETRY_MS + 1)).toBeNull();
    answer(200);
    expect(await upstreamHas("health", T0 + 2 * UNKNOWN_RETRY_MS + 2)).toBe(true);
    expect(sent).toHaveBeenCalledTimes(3);
  });

  it("shares one probe between concurrent callers", async () => {
    let release: (r: Response) => void = () => {};
    sent.mockReturnValueOnce(new Promise((resolve) => (release = resolve)));
    const both = Promise.all([upstreamHas("file", T0), upstreamHas("file", T0)]);
    release(new Response(null, { status: 401 }));
    expect(await both).toEqual([true, true]);
    expect(sent).toHaveBeenCalledOnce();
  });

  it("believes a real call's 404 over a probe that saw the endpoint", async () => {
    answer(401);
    expect(await upstreamHas("stats", T0)).toBe(true);
    recordAbsent("stats", T0 + 1);
    expect(await upstreamHas("stats", T0 + 2)).toBe(false);
  });
});
