// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { render } from "@/test/render";
import { FilterBar } from "./filter-bar";

afterEach(cleanup);

describe("FilterBar", () => {
  it("offers every filter of the Track API search, each with an accessible name", () => {
    render(<FilterBar />);
    const bar = within(screen.getByRole("search", { name: "Filter transactions" }));
    const controls: [string, string][] = [
      ["searchbox", "Search transactions"],
      ["combobox", "Received"],
      ["button", "Status"],
      ["button", "Document type"],
      ["combobox", "Direction"],
      ["button", "In channel"],
      ["button", "Out channel"],
      ["button", "Format"],
      ["button", "Error type"],
      ["button", "Business status"],
      ["combobox", "Overdue"],
      ["textbox", "Partner"],
      ["button", "More"],
    ];
    for (const [role, name] of controls) expect(bar.getByRole(role, { name })).toBeTruthy();
    fireEvent.click(bar.getByRole("button", { name: "More" }));
    for (const name of ["Sender", "Receiver", "Service profile"])
      expect(bar.getByRole("textbox", { name })).toBeTruthy();
    expect(bar.getByLabelText("Updated from")).toBeTruthy();
    expect(bar.getByLabelText("Updated to")).toBeTruthy();
  });

  it("has a Filters toggle for narrow screens that counts the set filters", () => {
    render(<FilterBar />, { searchParams: "?q=x&status=error&dir=inbound" });
    const toggle = screen.getByRole("button", { name: "Filters · 2" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
  });
});
