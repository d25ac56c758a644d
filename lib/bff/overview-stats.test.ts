import { beforeEach, describe, expect, it, vi } from "vitest";
import { sampleStats } from "@/components/charts/stats.fixture";
import type { StatsRequest } from "@/lib/filters/stats-schema";
import { notOffered, trackApi } from "@/lib/track-client/api";
import { TrackApiError } from "@/lib/track-client/errors";
import { samplePage } from "@/test/fixtures/transaction";
import { COMPUTED_STATS_TTL_MS, overviewStats, statsViewKey } from "./overview-stats";

vi.mock("@/lib/track-client/api", async (original) => ({
  ...(await original<typeof import("@/lib/track-client/api")>()),
  trackApi: { stats: vi.fn(), search: vi.fn() },
}));
const stats = vi.mocked(trackApi.stats);
const search = vi.mocked(trackApi.search);
const NOW = Date.parse("2026-11-27T12:00:00Z");
const REQUEST: StatsRequest = {
  filter: { receivedFrom: "2026-11-27T09:00:00.000Z", receivedTo: "2026-11-27T12:00:00.000Z" },
  bucket: "hour",
  groupBy: "status",
  timeZone: "UTC",
};

beforeEach(() => {
  vi.resetAllMocks();
  search.mockResolvedValue(samplePage(0));
});

describe("overviewStats", () => {
  it("is the upstream's stats where it has the endpoint", async () => {
    stats.mockResolvedValue(sampleStats());
    expect(await overviewStats("t", REQUEST, "view-a", NOW)).toEqual(sampleStats());
    expect(search).not.toHaveBeenCalled();
  });

  it("computes from searches without it, once per view and live interval for every viewer", async () => {
    stats.mockRejectedValue(notOffered("stats", "…"));
    const [a, b] = await Promise.all([
      overviewStats("t1", REQUEST, "view-b", NOW),
      overviewStats("t2", REQUEST, "view-b", NOW + 1000),
    ]);
    expect(a).toBe(b);
    expect(a.computed?.searches).toBeGreaterThan(0);
    const searches = search.mock.calls.length;
    expect(searches).toBe(a.computed!.searches);
    await overviewStats("t1", REQUEST, "view-b", NOW + COMPUTED_STATS_TTL_MS + 1);
    expect(search.mock.calls.length).toBe(2 * searches);
  });

  it("does not keep a failed computation, and passes on other failures", async () => {
    stats.mockRejectedValue(notOffered("stats", "…"));
    search.mockRejectedValueOnce(new TrackApiError(502, "upstream_unavailable", "down"));
    await expect(overviewStats("t", REQUEST, "view-c", NOW)).rejects.toMatchObject({ status: 502 });
    expect((await overviewStats("t", REQUEST, "view-c", NOW + 1)).computed).toBeDefined();
    stats.mockRejectedValue(new TrackApiError(403, "forbidden", "no"));
    await expect(overviewStats("t", REQUEST, "view-d", NOW)).rejects.toMatchObject({ status: 403 });
  });
});

describe("statsViewKey", () => {
  it("is the same for the same view whatever the parameters' order, and differs by tenant and roles", () => {
    const key = statsViewKey("acme", ["track", "blob"], new URLSearchParams("range=24h&status=error&tz=UTC"));
    expect(statsViewKey("acme", ["blob", "track"], new URLSearchParams("tz=UTC&status=error&range=24h"))).toBe(key);
    expect(statsViewKey("globex", ["track", "blob"], new URLSearchParams("range=24h&status=error&tz=UTC"))).not.toBe(
      key,
    );
    expect(statsViewKey("acme", ["track"], new URLSearchParams("range=24h&status=error&tz=UTC"))).not.toBe(key);
  });
});
