import { describe, expect, it } from "vitest";
import { instantOfWallClock, volumeWindows } from "./windows";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe("volumeWindows", () => {
  it("today from local midnight, and the same time of day on the last four same weekdays", () => {
    // Monday 2026-06-15 10:30 in Helsinki (UTC+3).
    const { today, baseline } = volumeWindows(at("2026-06-15T07:30:00Z"), "Europe/Helsinki");
    expect(iso(today.from)).toBe("2026-06-14T21:00:00.000Z");
    expect(iso(today.to)).toBe("2026-06-15T07:30:00.000Z");
    expect(baseline.map((w) => [iso(w.from), iso(w.to)])).toEqual([
      ["2026-06-07T21:00:00.000Z", "2026-06-08T07:30:00.000Z"],
      ["2026-05-31T21:00:00.000Z", "2026-06-01T07:30:00.000Z"],
      ["2026-05-24T21:00:00.000Z", "2026-05-25T07:30:00.000Z"],
      ["2026-05-17T21:00:00.000Z", "2026-05-18T07:30:00.000Z"],
    ]);
  });

  it("on the day DST begins the windows are equal in wall-clock time, not in length", () => {
    // Sunday 2026-03-29 10:00 EEST (UTC+3): the clocks went from 03:00 to 04:00 that night.
    const { today, baseline } = volumeWindows(at("2026-03-29T07:00:00Z"), "Europe/Helsinki");
    expect(iso(today.from)).toBe("2026-03-28T22:00:00.000Z");
    expect(today.to - today.from).toBe(9 * 3_600_000);
    // Sunday 2026-03-22, 00:00 to 10:00 EET (UTC+2): ten hours.
    expect(iso(baseline[0].from)).toBe("2026-03-21T22:00:00.000Z");
    expect(iso(baseline[0].to)).toBe("2026-03-22T08:00:00.000Z");
  });

  it("a week after DST began, the baseline reaches back across the change", () => {
    // Sunday 2026-04-05 10:00 EEST; one week back is the DST day itself, two weeks back is EET.
    const { baseline } = volumeWindows(at("2026-04-05T07:00:00Z"), "Europe/Helsinki");
    expect(iso(baseline[0].to)).toBe("2026-03-29T07:00:00.000Z");
    expect(iso(baseline[1].to)).toBe("2026-03-22T08:00:00.000Z");
  });

  it("in UTC the windows are whole days apart", () => {
    const { today, baseline } = volumeWindows(at("2026-01-07T12:00:00Z"), "UTC");
    expect(iso(today.from)).toBe("2026-01-07T00:00:00.000Z");
    expect(baseline[3].to).toBe(today.to - 28 * 86_400_000);
  });
});

describe("instantOfWallClock", () => {
  it("reads a wall-clock time in a zone as an instant, either side of a DST change", () => {
    expect(iso(instantOfWallClock(at("2026-03-29T02:00:00Z"), "Europe/Helsinki"))).toBe("2026-03-29T00:00:00.000Z");
    expect(iso(instantOfWallClock(at("2026-03-29T05:00:00Z"), "Europe/Helsinki"))).toBe("2026-03-29T02:00:00.000Z");
    expect(iso(instantOfWallClock(at("2026-10-25T12:00:00Z"), "America/New_York"))).toBe("2026-10-25T16:00:00.000Z");
  });
});
