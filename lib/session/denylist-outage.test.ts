import { describe, expect, it, vi } from "vitest";
import { sessionEnded } from "./active-session";
import { endSession } from "./end-session";

// The dashboard's database does not answer at all.
vi.mock("@/lib/dashboard-store/db", () => ({
  dashboardDb: () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432")),
}));
vi.mock("@/lib/track-client/oauth", () => ({ revokeRefreshToken: async () => true }));
process.env.DATABASE_URL = ":memory:";

describe("the session denylist while its database is down", () => {
  it("still refuses a session signed out here, lets others through, and says so once in the log", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(endSession({ sid: "gone", refreshToken: "rt" })).resolves.toBeUndefined();
    expect(await sessionEnded("gone")).toBe(true);
    expect(await sessionEnded("other")).toBe(false);
    expect(await sessionEnded("another")).toBe(false);
    const outageLines = error.mock.calls.filter((c) => String(c[0]).includes("session denylist"));
    expect(outageLines).toHaveLength(1);
    error.mockRestore();
  });
});
