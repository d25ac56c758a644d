// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { render } from "@/test/render";
import { fieldOf } from "@/lib/filters/fields";
import { FieldFilter } from "./field-filter";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const STATUS_COUNTS = [
  { value: "received", count: 3 },
  { value: "processing", count: 0 },
  { value: "sending", count: 1 },
  { value: "delivered", count: 1234 },
  { value: "error", count: 17 },
  { value: "rejected", count: 2 },
];

/** Answers the facets request with `body` (or `status`), recording the URLs asked. */
function answer(body: unknown, status = 200) {
  const urls: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
    }),
  );
  return urls;
}

const open = () => fireEvent.click(screen.getByRole("button", { name: /Status/ }));

describe("an enumerated field's menu with facet counts", () => {
  it("asks for the counts only once opened, with the URL's filter, and names each value with its count", async () => {
    const urls = answer({ facets: { status: STATUS_COUNTS }, exact: true, scanLimit: 20000 });
    render(<FieldFilter field={fieldOf("status")} />, { searchParams: "?type=invoice&cursor=abc" });
    expect(urls).toEqual([]);
    open();
    // The name stays the value's label; the count is its description.
    const delivered = await screen.findByRole("checkbox", {
      name: "Delivered",
      description: "matches 1,234 transactions",
    });
    expect(delivered.parentElement?.textContent).toBe("Delivered1,234");
    expect(screen.getByRole("checkbox", { name: "Sending", description: "matches 1 transaction" })).toBeTruthy();
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/^\/api\/transactions\/facets\?type=invoice&tz=/);
  });

  it("marks capped counts as approximate", async () => {
    answer({ facets: { status: STATUS_COUNTS }, exact: false, scanLimit: 20000 });
    render(<FieldFilter field={fieldOf("status")} />);
    open();
    expect(
      await screen.findByRole("checkbox", { name: "Error", description: "matches about 17 transactions" }),
    ).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("≈ counts from the newest 20,000 matches");
  });

  it("shows no counts when the Track API has none, and says so when they failed; the values stay choosable", async () => {
    answer({ facets: null });
    render(<FieldFilter field={fieldOf("status")} />);
    open();
    await vi.waitFor(() => expect(screen.queryByRole("status")).toBeNull());
    expect(screen.getByRole("checkbox", { name: "Delivered" })).toBeTruthy();
    cleanup();

    answer({ error: { message: "no", code: "upstream_error" } }, 502);
    render(<FieldFilter field={fieldOf("status")} />);
    open();
    expect((await screen.findByText("Counts unavailable")).getAttribute("role")).toBe("status");
    const box = screen.getByRole("checkbox", { name: "Error" }) as HTMLInputElement;
    fireEvent.click(box);
    expect(box.checked).toBe(true);
  });
});
