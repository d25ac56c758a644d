import { afterEach, describe, expect, it, vi } from "vitest";
import { config } from "./config";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("PUBLIC_URL", () => {
  it("defaults to localhost on the server's port", () => {
    vi.stubEnv("PUBLIC_URL", undefined);
    vi.stubEnv("PORT", undefined);
    expect(config.publicUrl).toBe("http://localhost:3000");
    vi.stubEnv("PORT", "4100");
    expect(config.publicUrl).toBe("http://localhost:4100");
  });

  it.each([
    ["https://track.example.test", "https://track.example.test"],
    ["https://track.example.test/", "https://track.example.test"],
    [" http://track.example.test:8080// ", "http://track.example.test:8080"],
    ["HTTPS://Track.Example.Test:443/", "https://track.example.test"],
    ["https://example.test/track/", "https://example.test/track"],
  ])("takes %j as %j", (value, expected) => {
    vi.stubEnv("PUBLIC_URL", value);
    expect(config.publicUrl).toBe(expected);
  });

  it.each([
    "track.example.test",
    "/track",
    "ftp://track.example.test",
    "https://user:secret@track.example.test",
    "https://track.example.test/?a=1",
    "https://track.example.test/#top",
    "http://",
  ])("refuses %j, naming PUBLIC_URL", (value) => {
    vi.stubEnv("PUBLIC_URL", value);
    expect(() => config.publicUrl).toThrow(/^PUBLIC_URL must be an absolute http/);
  });
});
