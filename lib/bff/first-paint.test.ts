import type { QueryClient } from "@tanstack/react-query";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadSearch } from "@/lib/filters/url-codec";
import { transactionsQueryKey } from "@/lib/queries/keys";
import type { SessionToken } from "@/lib/session/auth-options";

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
}));
const session = vi.fn<() => Promise<SessionToken | null>>();
vi.mock("@/lib/session/active-session", () => ({ activeSession: () => session() }));
const search = vi.fn();
vi.mock("@/lib/track-client/api", () => ({ trackApi: { search: (...args: unknown[]) => search(...args) } }));

const { firstPaint, pageParams, prefetchList, serverTimeZone } = await import("./first-paint");

const valid = (expiresIn = 10 * 60_000) =>
  ({ accessToken: "token", expiresAt: Date.now() + expiresIn, tenant: "acme", roles: ["track"] }) as SessionToken;
const result = { items: [{ id: "tx-1" }], total: 1, nextCursor: null };

beforeEach(() => {
  jar.clear();
  session.mockReset();
  search.mockReset();
});

describe("the zone a server render uses", () => {
  it("is the link's tz, else the picked zone, else the browser's cookie, else unknown", async () => {
    expect(await serverTimeZone(new URLSearchParams())).toBeNull();
    jar.set("tm_tz", encodeURIComponent("Europe/Helsinki"));
    expect(await serverTimeZone(new URLSearchParams())).toBe("Europe/Helsinki");
    jar.set("tm_tz_pick", encodeURIComponent("America/New_York"));
    expect(await serverTimeZone(new URLSearchParams())).toBe("America/New_York");
    expect(await serverTimeZone(new URLSearchParams("tz=Asia/Tokyo"))).toBe("Asia/Tokyo");
    // A bad link's zone is skipped here (the page names it), as is a forged cookie.
    expect(await serverTimeZone(new URLSearchParams("tz=Mars/Olympus"))).toBe("America/New_York");
    jar.set("tm_tz_pick", "Bogus");
    expect(await serverTimeZone(new URLSearchParams())).toBe("Europe/Helsinki");
  });

  it("reads a page's params with every value of a repeated one", () => {
    expect(pageParams({ status: ["error", "rejected"], q: "INV", none: undefined }).toString()).toBe(
      "status=error&status=rejected&q=INV",
    );
  });
});

describe("first paint", () => {
  const fill = vi.fn(async (client: QueryClient) => void client.setQueryData(["k"], 1));

  it("dehydrates what the page's fill put in", async () => {
    session.mockResolvedValue(valid());
    const state = await firstPaint(fill);
    expect(state?.queries.map((q) => [q.queryKey, q.state.data])).toEqual([[["k"], 1]]);
  });

  it("falls back to the browser without a session", async () => {
    session.mockResolvedValue(null);
    expect(await firstPaint(fill)).toBeNull();
  });

  it("falls back when the token needs a refresh (a render cannot set the new cookie)", async () => {
    session.mockResolvedValue(valid(30_000));
    fill.mockClear();
    expect(await firstPaint(fill)).toBeNull();
    expect(fill).not.toHaveBeenCalled();
  });

  it("falls back when the upstream fails or is slower than the budget", async () => {
    session.mockResolvedValue(valid());
    expect(await firstPaint(async () => Promise.reject(new Error("upstream down")))).toBeNull();
    const slow = (client: QueryClient) =>
      new Promise<void>((resolve) => setTimeout(() => resolve(void client.setQueryData(["k"], 2)), 200));
    expect(await firstPaint(slow, 20)).toBeNull();
  });

  it("prefetches the list's first page under the key the browser reads, resolved in the zone", async () => {
    session.mockResolvedValue(valid());
    search.mockResolvedValue(result);
    const params = new URLSearchParams("status=error&range=today");
    const state = await firstPaint(prefetchList(params, "Asia/Tokyo"));
    expect(state?.queries[0].queryKey).toEqual(transactionsQueryKey(loadSearch(params), "Asia/Tokyo"));
    expect(state?.queries[0].state.data).toEqual(result);
    const [token, request] = search.mock.calls[0];
    expect(token).toBe("token");
    expect(request.filter.status).toEqual(["error"]);
    // "today" starts at midnight in Tokyo, 15:00 UTC.
    expect(request.filter.receivedFrom).toMatch(/T15:00:00\.000Z$/);
  });

  it("prefetches nothing for a link the BFF would refuse", async () => {
    session.mockResolvedValue(valid());
    const state = await firstPaint(prefetchList(new URLSearchParams("status=lost"), "UTC"));
    expect(state?.queries).toEqual([]);
    expect(search).not.toHaveBeenCalled();
  });
});
