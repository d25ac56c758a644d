import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const databases = vi.hoisted(() => ({
  dashboard: vi.fn<() => Promise<unknown>>(),
  store: vi.fn<() => Promise<unknown>>(),
}));
vi.mock("@/lib/dashboard-store/db", () => ({ dashboardDb: databases.dashboard }));
vi.mock("@/lib/track-api/store/db", () => ({ getDb: databases.store }));
vi.mock("kysely", () => ({ sql: () => ({ execute: (db: () => Promise<unknown>) => db() }) }));

const { markStarted, resetLifecycleForTests, shutdown } = await import("./lifecycle");
const { readiness } = await import("./readiness");

/** A database whose `select 1` answers with `answer`. */
const answering = (answer: () => Promise<unknown>) => async () => answer;

beforeEach(() => {
  resetLifecycleForTests();
  databases.dashboard.mockReset();
  databases.store.mockReset();
  databases.dashboard.mockImplementation(answering(async () => 1));
  databases.store.mockImplementation(answering(async () => 1));
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete process.env.TRACK_API_URL;
});

describe("readiness", () => {
  it("is starting until the startup work is marked finished, then ready", async () => {
    expect(await readiness()).toBe("starting");
    markStarted();
    expect(await readiness()).toBe("ready");
  });

  it("is draining once shutdown began, without asking the database", async () => {
    markStarted();
    await shutdown({ log: () => {} });
    databases.dashboard.mockClear();
    expect(await readiness()).toBe("draining");
    expect(databases.dashboard).not.toHaveBeenCalled();
  });

  it("is database_unavailable when the dashboard's or (embedded) the store's database fails", async () => {
    markStarted();
    databases.store.mockImplementation(answering(() => Promise.reject(new Error("connection refused"))));
    expect(await readiness()).toBe("database_unavailable");
    databases.store.mockImplementation(answering(async () => 1));
    databases.dashboard.mockRejectedValue(new Error("too many clients"));
    expect(await readiness()).toBe("database_unavailable");
  });

  it("does not ask the store in remote mode (there is none)", async () => {
    process.env.TRACK_API_URL = "https://track.example";
    markStarted();
    databases.store.mockImplementation(answering(() => Promise.reject(new Error("no store"))));
    expect(await readiness()).toBe("ready");
  });

  it("is database_unavailable when the database takes over 2 s, and concurrent checks share one probe", async () => {
    vi.useFakeTimers();
    markStarted();
    databases.dashboard.mockImplementation(answering(() => new Promise(() => {})));
    const first = readiness();
    const second = readiness();
    await vi.advanceTimersByTimeAsync(1_999);
    await vi.advanceTimersByTimeAsync(1);
    expect(await first).toBe("database_unavailable");
    expect(await second).toBe("database_unavailable");
    expect(databases.dashboard).toHaveBeenCalledTimes(1);
  });
});
