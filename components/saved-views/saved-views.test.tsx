// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PinnedViews } from "@/components/layout/pinned-views";
import type { SavedView } from "@/lib/saved-views/pages";
import { render } from "@/test/render";
import { ViewsTable } from "./views-table";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const view = (over: Partial<SavedView>): SavedView => ({
  id: "v1",
  name: "Errors",
  page: "list",
  query: "status=error",
  href: "/transactions?status=error",
  shared: false,
  pinned: true,
  mine: true,
  ownerName: "Ann",
  createdAt: "2026-01-15T12:00:00.000Z",
  updatedAt: "2026-01-15T12:00:00.000Z",
  ...over,
});

const answering = (body: unknown, status = 200) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));

describe("the header's pinned views", () => {
  it("links each pinned view to exactly its saved address, and /views for all of them", async () => {
    const fetch = answering({
      views: [
        view({}),
        view({ id: "v2", name: "Last week", page: "overview", query: "range=7d", href: "/?range=7d", mine: false }),
        view({ id: "v3", name: "Not pinned", pinned: false }),
      ],
    });
    vi.stubGlobal("fetch", fetch);
    render(<PinnedViews />);
    const nav = screen.getByRole("navigation", { name: "Saved views" });
    expect(within(nav).getByRole("link", { name: "Views" }).getAttribute("href")).toBe("/views");
    expect((await within(nav).findByRole("link", { name: "Errors" })).getAttribute("href")).toBe(
      "/transactions?status=error",
    );
    expect(within(nav).getByRole("link", { name: "Last week" }).getAttribute("href")).toBe("/?range=7d");
    expect(within(nav).queryByRole("link", { name: "Not pinned" })).toBeNull();
    expect(fetch).toHaveBeenCalledWith("/api/views", expect.anything());
  });
});

describe("the views table", () => {
  it("offers the owner rename, share and delete, and another person only the pin", () => {
    render(
      <ViewsTable
        views={[
          view({}),
          view({ id: "v2", name: "Theirs", shared: true, pinned: false, mine: false, ownerName: "Bob" }),
        ]}
        onDeleted={() => {}}
      />,
    );
    const [mine, theirs] = screen.getAllByRole("row").slice(1);
    expect(within(mine).getByRole("link", { name: "Errors" }).getAttribute("href")).toBe("/transactions?status=error");
    expect(within(mine).getByRole("button", { name: "Unpin Errors" })).toBeTruthy();
    expect(within(mine).getByRole("button", { name: "Rename Errors" })).toBeTruthy();
    expect(within(mine).getByRole("button", { name: "Delete Errors" })).toBeTruthy();
    expect(within(mine).getByRole("checkbox", { name: /^Shared with my organisation/ })).toHaveProperty(
      "checked",
      false,
    );

    expect(within(theirs).getByText("Shared by Bob")).toBeTruthy();
    expect(within(theirs).getByRole("button", { name: "Pin Theirs" })).toBeTruthy();
    expect(within(theirs).queryByRole("button", { name: /Rename|Delete/ })).toBeNull();
    expect(within(theirs).queryByRole("checkbox")).toBeNull();
  });
});
