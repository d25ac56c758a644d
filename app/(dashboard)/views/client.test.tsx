// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { render } from "@/test/render";
import { SavedViewsView } from "./client";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("the saved views page", () => {
  it("shows a loading state, then says where to save a first view", async () => {
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal(
      "fetch",
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    render(<SavedViewsView />);
    expect(screen.getByRole("status", { name: "Loading saved views" })).toBeTruthy();
    answer(json({ views: [] }));
    expect(await screen.findByText("No saved views yet")).toBeTruthy();
    expect(screen.getByRole("link", { name: "transaction list" }).getAttribute("href")).toBe("/transactions");
  });

  it("shows why the views could not be loaded, and retries", async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(
        json({ error: { message: "Saved views cannot be reached right now.", code: "unavailable" } }, 503),
      )
      .mockResolvedValueOnce(json({ views: [] }));
    vi.stubGlobal("fetch", fetch);
    render(<SavedViewsView />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Saved views cannot be reached right now.");
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("No saved views yet")).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
