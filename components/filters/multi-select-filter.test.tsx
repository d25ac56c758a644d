// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { render } from "@/test/render";
import { fieldOf } from "@/lib/filters/fields";
import { FieldFilter } from "./field-filter";
import { urlSpy } from "./url-spy.fixture";

afterEach(cleanup);

const StatusFilter = () => <FieldFilter field={fieldOf("status")} />;

const open = () => fireEvent.click(screen.getByRole("button", { name: /Status/ }));

describe("a multi-select field (status)", () => {
  it("is a disclosure button over one checkbox per status", () => {
    render(<StatusFilter />);
    const button = screen.getByRole("button", { name: "Status" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    open();
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getAllByRole("checkbox").map((box) => box.parentElement?.textContent)).toEqual([
      "Received",
      "Processing",
      "Sending",
      "Delivered",
      "Error",
      "Rejected",
    ]);
  });

  it("writes the chosen statuses to the URL in canonical order, pushes history and drops the cursor", async () => {
    const url = urlSpy();
    render(<StatusFilter />, { searchParams: "?status=rejected&cursor=abc", onUrlUpdate: url.onUrlUpdate });
    open();
    fireEvent.click(screen.getByRole("checkbox", { name: "Error" }));
    const last = await url.last();
    expect(last.queryString).toBe("?status=error,rejected");
    expect(last.options.history).toBe("push");
  });

  it("summarises the selection on the button and clears it", async () => {
    const url = urlSpy();
    render(<StatusFilter />, { searchParams: "?status=error,rejected", onUrlUpdate: url.onUrlUpdate });
    expect(screen.getByRole("button", { name: "Status: Error, Rejected" })).toBeTruthy();
    open();
    fireEvent.click(screen.getByRole("button", { name: "Clear status" }));
    expect((await url.last()).queryString).toBe("");
  });

  it("ignores unknown values from the URL and drops them on the next change", async () => {
    const url = urlSpy();
    render(<StatusFilter />, { searchParams: "?status=lost", onUrlUpdate: url.onUrlUpdate });
    open();
    expect(screen.getAllByRole("checkbox").some((box) => (box as HTMLInputElement).checked)).toBe(false);
    fireEvent.click(screen.getByRole("checkbox", { name: "Delivered" }));
    expect((await url.last()).queryString).toBe("?status=delivered");
  });

  it('leaves the ticked values out with "All except these": the URL says !, the button says not', async () => {
    const url = urlSpy();
    render(<StatusFilter />, { searchParams: "?status=delivered", onUrlUpdate: url.onUrlUpdate });
    open();
    fireEvent.click(screen.getByRole("radio", { name: "All except these" }));
    expect((await url.last()).queryString).toBe("?status=!delivered");
  });

  it('keeps "All except these" while values are ticked, and back to "Only these"', async () => {
    const url = urlSpy();
    render(<StatusFilter />, { searchParams: "?status=!error", onUrlUpdate: url.onUrlUpdate });
    expect(screen.getByRole("button", { name: "Status: not Error" })).toBeTruthy();
    open();
    fireEvent.click(screen.getByRole("checkbox", { name: "Rejected" }));
    expect((await url.last()).queryString).toBe("?status=!error,rejected");
    fireEvent.click(screen.getByRole("radio", { name: "Only these" }));
    expect((await url.last()).queryString).toBe("?status=error,rejected");
  });

  it("closes on Escape and gives focus back to its button", () => {
    render(<StatusFilter />);
    open();
    const box = screen.getByRole("checkbox", { name: "Error" });
    box.focus();
    fireEvent.keyDown(box, { key: "Escape" });
    const button = screen.getByRole("button", { name: "Status" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(button);
  });
});
