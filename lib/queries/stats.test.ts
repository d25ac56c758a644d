import { describe, expect, it } from "vitest";
import { DAY_MS, HOUR_MS } from "@/lib/domain/time-buckets";
import { loadSearch } from "@/lib/filters/url";
import { chartBucket, overviewSearch, resolveRange } from "./stats";

const NOW = Date.parse("2026-11-27T10:30:00Z");
const TZ = "Europe/Helsinki";
const range = (query: string) => resolveRange(overviewSearch(loadSearch(`?${query}`)), NOW, TZ);

describe("overview range", () => {
  it("shows the last 24 hours when the URL names no range, and drops sort and cursor", () => {
    const search = overviewSearch(loadSearch("?status=error&sort=amount.asc&cursor=c1"));
    expect(search).toMatchObject({ range: "24h", status: ["error"], sort: null, cursor: null });
    expect(overviewSearch(loadSearch("?from=2026-11-01")).range).toBeNull();
  });

  it.each([
    ["range=today", 10.5 * HOUR_MS + 2 * HOUR_MS, true],
    ["range=24h", DAY_MS, true],
    ["", DAY_MS, true],
    ["range=7d", 7 * DAY_MS, true],
    ["from=2026-11-01&to=2026-11-02", 2 * DAY_MS, false],
    ["from=2026-11-20&to=2026-11-27", 7 * DAY_MS + 10.5 * HOUR_MS + 2 * HOUR_MS, true],
  ])("%s covers its span and says whether it reaches now", (query, span, endsNow) => {
    expect(range(query)).toEqual({ span, endsNow });
  });

  it("has no range for invalid parameters", () => {
    expect(range("range=fortnight")).toBeNull();
  });
});

describe("chart bucket", () => {
  it.each([
    ["range=today", null, "hour", false],
    ["range=24h", "day", "hour", false],
    ["range=7d", null, "day", true],
    ["range=7d", "hour", "hour", true],
    ["range=month", "hour", "hour", true],
    ["range=90d", "hour", "day", false],
    ["range=fortnight", "day", "hour", false],
  ] as const)("%s with bucket=%s → %s (choosable: %s)", (query, chosen, bucket, choosable) => {
    expect(chartBucket(range(query), chosen)).toEqual({ bucket, choosable });
  });
});
