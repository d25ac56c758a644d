import { describe, expect, it } from "vitest";
import { dateTimeText, parseDateTimeText } from "./date-time-text";

describe("date-time text", () => {
  it.each([
    ["1 Dec 2026, 14:30", "Europe/Helsinki", "2026-12-01T12:30:00Z"],
    ["1 dec 2026 14:30", "Europe/Helsinki", "2026-12-01T12:30:00Z"],
    ["1 December 2026, 14:30:15", "UTC", "2026-12-01T14:30:15Z"],
    ["2026-12-01 14:30", "America/New_York", "2026-12-01T19:30:00Z"],
    ["2026-12-01T08:05", "UTC", "2026-12-01T08:05:00Z"],
    // Summer time: Helsinki is three hours ahead in July.
    ["15 Jul 2026, 09:00", "Europe/Helsinki", "2026-07-15T06:00:00Z"],
    ["1 Dec 2026", "Europe/Helsinki", "2026-12-01"],
    ["2026-12-01", "UTC", "2026-12-01"],
    ["  ", "UTC", ""],
  ])("reads %j in %s as %s", (text, zone, expected) => {
    expect(parseDateTimeText(text, zone)).toBe(expected);
  });

  it.each(["11/30/2026", "30 Feb 2026", "1 Foo 2026", "1 Dec 2026, 25:00", "2026-13-01", "yesterday"])(
    "refuses %j",
    (text) => {
      expect(parseDateTimeText(text, "UTC")).toBeNull();
    },
  );

  it("shows a URL time in the words it reads back", () => {
    expect(dateTimeText("2026-12-01", "Europe/Helsinki")).toBe("1 Dec 2026");
    expect(dateTimeText("2026-12-01T12:30:00Z", "Europe/Helsinki")).toBe("1 Dec 2026, 14:30");
    expect(parseDateTimeText(dateTimeText("2026-12-01T12:30:00Z", "Europe/Helsinki"), "Europe/Helsinki")).toBe(
      "2026-12-01T12:30:00Z",
    );
    expect(dateTimeText(null, "UTC")).toBe("");
  });
});
