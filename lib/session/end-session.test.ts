import { beforeEach, describe, expect, it, vi } from "vitest";
import { dashboardDb } from "@/lib/dashboard-store/db";
import { SESSION_MAX_AGE_SECONDS } from "./cookie";
import { isSessionDenied } from "./denylist";
import { endSession } from "./end-session";
import { onSessionEnded } from "./ended-sessions";

// NOTE: the process-wide dashboard database; vitest runs each file in its own worker.
process.env.DATABASE_URL = ":memory:";

const revoke = vi.hoisted(() => vi.fn<(token: string) => Promise<boolean>>());
vi.mock("@/lib/track-client/oauth", () => ({ revokeRefreshToken: revoke }));

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);

describe("endSession", () => {
  beforeEach(() => {
    revoke.mockReset().mockResolvedValue(true);
  });

  it("denies the session id for a whole session lifetime, closes its streams and revokes its refresh token", async () => {
    const streams = vi.fn();
    const other = vi.fn();
    onSessionEnded("s-1", streams);
    onSessionEnded("s-2", other);
    await endSession({ sid: "s-1", refreshToken: "rt-1" }, T0);
    const db = await dashboardDb();
    expect(await isSessionDenied(db, "s-1", T0 + SESSION_MAX_AGE_SECONDS * 1000 - 1)).toBe(true);
    expect(await isSessionDenied(db, "s-1", T0 + SESSION_MAX_AGE_SECONDS * 1000)).toBe(false);
    expect(streams).toHaveBeenCalledOnce();
    expect(other).not.toHaveBeenCalled();
    expect(revoke).toHaveBeenCalledWith("rt-1");
  });

  it("still denies the session when the upstream cannot revoke (no endpoint, or failing)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    revoke.mockResolvedValueOnce(false);
    await expect(endSession({ sid: "s-3", refreshToken: "rt-3" }, T0)).resolves.toBeUndefined();
    revoke.mockRejectedValueOnce(new Error("connection refused"));
    await expect(endSession({ sid: "s-4", refreshToken: "rt-4" }, T0)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalledOnce();
    warn.mockRestore();
    error.mockRestore();
    const db = await dashboardDb();
    expect(await isSessionDenied(db, "s-3", T0)).toBe(true);
    expect(await isSessionDenied(db, "s-4", T0)).toBe(true);
  });
});
