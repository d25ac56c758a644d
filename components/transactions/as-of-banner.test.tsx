// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { urlSpy } from "@/components/filters/url-spy.fixture";
import { render } from "@/test/render";
import { AsOfBanner } from "./as-of-banner";

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => vi.stubGlobal("fetch", fetchMock));
afterEach(() => {
  cleanup();
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

const AS_OF = "2026-11-27T12:03:05.123Z";
const LIST = `?status=error&from=2026-11-27T10:00:00.000Z&to=2026-11-27T12:03:05.000Z&asof=${AS_OF}`;

describe("AsOfBanner", () => {
  it("counts the same search without the bound, total only, and offers the difference", async () => {
    fetchMock.mockImplementation(async () => Response.json({ total: 7 }));
    render(<AsOfBanner shown={{ total: 5 }} />, { searchParams: `${LIST}&cursor=c2` });
    const button = await screen.findByRole("button", { name: /^2 newer since .*:03:05 · Show$/ });
    expect(button).toBeTruthy();
    const asked = new URL(String(fetchMock.mock.calls[0][0]), "http://x");
    expect(asked.pathname).toBe("/api/transactions");
    // The list's filters and range, not its bound nor its page.
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      status: "error",
      from: "2026-11-27T10:00:00.000Z",
      to: "2026-11-27T12:03:05.000Z",
      tz: expect.any(String),
      total: "only",
    });
  });

  it("removes the bound (and the page) when its button is pressed", async () => {
    fetchMock.mockImplementation(async () => Response.json({ total: 6 }));
    const spy = urlSpy();
    render(<AsOfBanner shown={{ total: 5 }} />, { searchParams: `${LIST}&cursor=c2`, onUrlUpdate: spy.onUrlUpdate });
    fireEvent.click(await screen.findByRole("button", { name: /^1 newer since/ }));
    const { searchParams } = await spy.last();
    expect(searchParams.get("asof")).toBeNull();
    expect(searchParams.get("cursor")).toBeNull();
    expect(searchParams.get("status")).toBe("error");
  });

  it("says nothing when nothing newer arrived, and asks nothing without asof", async () => {
    fetchMock.mockImplementation(async () => Response.json({ total: 5 }));
    const { client } = render(<AsOfBanner shown={{ total: 5 }} />, { searchParams: LIST });
    await vi.waitFor(() =>
      expect(client.getQueryCache().findAll({ queryKey: ["transactions-newer"] })[0]?.state.status).toBe("success"),
    );
    expect(screen.queryByRole("button")).toBeNull();
    cleanup();
    const { container } = render(<AsOfBanner shown={{ total: 5 }} />, { searchParams: "?status=error" });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(container.textContent).toBe("");
  });

  it("offers no difference of totals when either is only a lower bound", async () => {
    fetchMock.mockImplementation(async () => Response.json({ total: 10_000, totalRelation: "gte" }));
    const { client } = render(<AsOfBanner shown={{ total: 5 }} />, { searchParams: LIST });
    await vi.waitFor(() =>
      expect(client.getQueryCache().findAll({ queryKey: ["transactions-newer"] })[0]?.state.status).toBe("success"),
    );
    expect(screen.queryByRole("button")).toBeNull();
    cleanup();
    const { container } = render(<AsOfBanner shown={{ total: 10_000, totalRelation: "gte" }} />, {
      searchParams: LIST,
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(container.textContent).toBe("");
  });
});
