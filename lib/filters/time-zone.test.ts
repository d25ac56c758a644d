import { describe, expect, it } from "vitest";
import { displayTimeZone, isTimeZone, readZoneCookie, timeZoneProblem } from "./time-zone";

describe("time zone of the display", () => {
  it.each([
    ["Europe/Helsinki", true],
    ["Asia/Tokyo", true],
    ["UTC", true],
    ["America/Argentina/Buenos_Aires", true],
    ["Mars/Olympus", false],
    ["", false],
    ["Europe/Helsinki; DROP", false],
    ["x".repeat(65), false],
  ])("%s is a zone: %s", (value, ok) => {
    expect(isTimeZone(value)).toBe(ok);
    expect(timeZoneProblem(value) === null).toBe(ok || value === "");
  });

  it("names the tz parameter for a bad value", () => {
    expect(timeZoneProblem("Mars/Olympus")).toEqual({
      param: "tz",
      message: "tz must be an IANA time zone such as Europe/Helsinki",
    });
    expect(timeZoneProblem(null)).toBeNull();
  });

  it("prefers the link's tz, then the viewer's pick, then the browser's zone", () => {
    const all = { url: "Asia/Tokyo", picked: "America/New_York", browser: "Europe/Helsinki" };
    expect(displayTimeZone(all)).toBe("Asia/Tokyo");
    expect(displayTimeZone({ ...all, url: null })).toBe("America/New_York");
    expect(displayTimeZone({ ...all, url: null, picked: null })).toBe("Europe/Helsinki");
    expect(displayTimeZone({})).toBeNull();
  });

  it("skips a bad value instead of showing times in an unknown zone", () => {
    expect(displayTimeZone({ url: "Mars/Olympus", picked: "Bogus/Zone", browser: "Europe/Helsinki" })).toBe(
      "Europe/Helsinki",
    );
  });

  it("reads the cookies as the page writes them", () => {
    expect(readZoneCookie(encodeURIComponent("America/Argentina/Buenos_Aires"))).toBe("America/Argentina/Buenos_Aires");
    expect(readZoneCookie("Asia/Tokyo")).toBe("Asia/Tokyo");
    expect(readZoneCookie("%E0%A4%A")).toBeNull();
    expect(readZoneCookie("Nowhere")).toBeNull();
    expect(readZoneCookie(undefined)).toBeNull();
  });
});
