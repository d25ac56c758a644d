// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { render } from "@/test/render";
import { ActiveFilterChips } from "./active-filter-chips";
import { SearchFilter } from "./search-filter";
import { urlSpy } from "./url-spy.fixture";

afterEach(cleanup);

const box = () => screen.getByRole("searchbox", { name: "Search transactions" }) as HTMLInputElement;

describe("SearchFilter", () => {
  it("commits after typing pauses, once, replacing history and dropping the cursor", async () => {
    const url = urlSpy();
    render(<SearchFilter />, { searchParams: "?cursor=abc&status=error", onUrlUpdate: url.onUrlUpdate });
    fireEvent.change(box(), { target: { value: "IN" } });
    fireEvent.change(box(), { target: { value: "INV-1" } });
    expect(url.onUrlUpdate).not.toHaveBeenCalled();
    const update = await url.last();
    expect(update.queryString).toBe("?status=error&q=INV-1");
    expect(update.options.history).toBe("replace");
    expect(url.onUrlUpdate).toHaveBeenCalledTimes(1);
  });

  it("commits at once on Enter", async () => {
    const url = urlSpy();
    render(<SearchFilter />, { onUrlUpdate: url.onUrlUpdate });
    fireEvent.change(box(), { target: { value: "Acme" } });
    fireEvent.keyDown(box(), { key: "Enter" });
    expect((await url.last()).queryString).toBe("?q=Acme");
  });

  it("removes the parameter when the text is cleared", async () => {
    const url = urlSpy();
    render(<SearchFilter />, { searchParams: "?q=Acme", onUrlUpdate: url.onUrlUpdate });
    expect(box().value).toBe("Acme");
    fireEvent.change(box(), { target: { value: "  " } });
    expect((await url.last()).queryString).toBe("");
  });

  it("shows a change of the URL made elsewhere (Clear filters)", async () => {
    const url = urlSpy();
    render(
      <>
        <SearchFilter />
        <ActiveFilterChips />
      </>,
      { searchParams: "?q=Acme", onUrlUpdate: url.onUrlUpdate },
    );
    act(() => fireEvent.click(screen.getByRole("button", { name: "Clear filters" })));
    expect(box().value).toBe("");
    expect((await url.last()).queryString).toBe("");
  });
});
