// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TruncatedText } from "./truncated-text";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Lays text out as cut (wider than its box) or not; happy-dom does no layout of its own. */
function layout(cut: boolean) {
  vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(cut ? 300 : 100);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(100);
}

describe("TruncatedText", () => {
  it("a cut name takes keyboard focus and is described by its whole text", () => {
    layout(true);
    render(
      <TruncatedText text="Saimaan Logistiikka ja Kuljetus Oy" full="Saimaan Logistiikka ja Kuljetus Oy (0037:1)" />,
    );
    const text = screen.getByText("Saimaan Logistiikka ja Kuljetus Oy");
    expect(text.getAttribute("tabindex")).toBe("0");
    const tooltip = screen.getByRole("tooltip", { hidden: true });
    expect(text.getAttribute("aria-describedby")).toBe(tooltip.id);
    expect(tooltip.textContent).toBe("Saimaan Logistiikka ja Kuljetus Oy (0037:1)");
  });

  it("a name that fits is plain text: no tab stop, no tooltip", () => {
    layout(false);
    render(<TruncatedText text="Acme Oy" />);
    expect(screen.getByText("Acme Oy").hasAttribute("tabindex")).toBe(false);
    expect(screen.queryByRole("tooltip", { hidden: true })).toBeNull();
  });
});
