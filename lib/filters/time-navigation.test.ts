import { describe, expect, it } from "vitest";
import { HOUR_MS, timeBuckets } from "@/lib/domain/time-buckets";
import { bucketAt, isZoomed, previousPeriod, zoomRange } from "./time-navigation";
import { loadSearch, resolveSearch } from "./url-codec";

const HELSINKI = "Europe/Helsinki";
const iso = (ms: number) => new Date(ms).toISOString();
/** A URL's range resolved at `now` in Helsinki, as the stats answer states it (`to` is now when open). */
function shown(query: string, now: number) {
  const result = resolveSearch(loadSearch(query), { now, timeZone: HELSINKI });
  if (!result.ok) throw new Error(result.problem.message);
  const { receivedFrom, receivedTo } = result.search.filter;
  return { from: receivedFrom!, to: receivedTo ?? iso(now) };
}

describe("previousPeriod", () => {
  it("is the same length immediately before: the previous 24 hours for 24h", () => {
    const now = Date.parse("2026-11-27T10:30:00Z");
    expect(previousPeriod(shown("?range=24h", now))).toEqual({
      from: "2026-11-25T10:30:00.000Z",
      to: "2026-11-26T10:30:00.000Z",
    });
  });

  it("for today on the night autumn's clocks go back in Helsinki: as many hours before midnight", () => {
    // 03:20 after 04:00 summer time became 03:00 winter time: 4 h 20 min since local midnight (21:00 UTC).
    const now = Date.parse("2026-10-25T03:20:00+02:00");
    const today = shown("?range=today", now);
    expect(today).toEqual({ from: "2026-10-24T21:00:00.000Z", to: "2026-10-25T01:20:00.000Z" });
    expect(previousPeriod(today)).toEqual({ from: "2026-10-24T16:40:00.000Z", to: "2026-10-24T21:00:00.000Z" });
  });

  it("for that 25-hour day as a custom range: the 25 hours before, whatever the calendar says", () => {
    const day = shown("?from=2026-10-25&to=2026-10-25", Date.parse("2026-11-27T10:30:00Z"));
    expect(Date.parse(day.to) - Date.parse(day.from)).toBe(25 * HOUR_MS);
    expect(previousPeriod(day)).toEqual({ from: "2026-10-23T20:00:00.000Z", to: "2026-10-24T21:00:00.000Z" });
  });

  it("gives as many hour buckets as the range, so the series line up bucket by bucket", () => {
    const now = Date.parse("2026-10-25T03:20:00+02:00");
    const range = shown("?range=24h", now);
    const before = previousPeriod(range)!;
    const count = (r: { from: string; to: string }) =>
      timeBuckets(Date.parse(r.from), Date.parse(r.to), "hour", HELSINKI).length;
    expect(count(before)).toBe(count(range));
  });

  it("has none for an empty or unreadable range", () => {
    expect(previousPeriod({ from: "2026-11-27T10:00:00Z", to: "2026-11-27T10:00:00Z" })).toBeNull();
    expect(previousPeriod({ from: "yesterday", to: "2026-11-27T10:00:00Z" })).toBeNull();
  });
});

describe("drag to zoom", () => {
  const buckets = [
    { start: "2026-11-27T09:30:00.000Z", end: "2026-11-27T10:00:00.000Z" },
    { start: "2026-11-27T10:00:00.000Z", end: "2026-11-27T11:00:00.000Z" },
    { start: "2026-11-27T11:00:00.000Z", end: "2026-11-27T12:00:00.000Z" },
    { start: "2026-11-27T12:00:00.000Z", end: "2026-11-27T12:10:00.000Z" },
  ];

  it("maps a pointer's x to the bucket under it, clamped to the plot", () => {
    const plot = { x: 40, width: 400 };
    expect([30, 40, 139, 140, 339, 340, 439, 440, 900].map((x) => bucketAt(x, plot, 4))).toEqual([
      0, 0, 0, 1, 2, 3, 3, 3, 3,
    ]);
    expect(bucketAt(100, { x: 0, width: 0 }, 4)).toBe(0);
  });

  it("turns a dragged span of buckets, either way round, into from = first start and to = last end", () => {
    expect(zoomRange(buckets, 1, 2)).toEqual({ from: "2026-11-27T10:00:00.000Z", to: "2026-11-27T12:00:00.000Z" });
    expect(zoomRange(buckets, 3, 0)).toEqual({ from: "2026-11-27T09:30:00.000Z", to: "2026-11-27T12:10:00.000Z" });
    expect(zoomRange(buckets, 2, 2)).toEqual({ from: "2026-11-27T11:00:00.000Z", to: "2026-11-27T12:00:00.000Z" });
    expect(zoomRange(buckets, 1, 9)).toBeNull();
  });

  it("knows a zoomed range (instants) from a custom one (dates) and a preset", () => {
    expect(isZoomed({ from: "2026-11-27T10:00:00.000Z", to: "2026-11-27T12:00:00.000Z" })).toBe(true);
    expect(isZoomed({ from: "2026-11-27", to: "2026-11-28" })).toBe(false);
    expect(isZoomed({ from: null, to: null })).toBe(false);
  });
});
