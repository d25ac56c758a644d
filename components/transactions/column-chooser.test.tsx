// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { urlSpy } from "@/components/filters/url-spy.fixture";
import { render } from "@/test/render";
import { ColumnChooser } from "./column-chooser";
import { DensityToggle } from "./density-toggle";

afterEach(cleanup);

describe("ColumnChooser and DensityToggle", () => {
  it("adds a column to the URL in display order; the document column cannot be hidden", async () => {
    const url = urlSpy();
    render(<ColumnChooser />, { onUrlUpdate: url.onUrlUpdate });
    fireEvent.click(screen.getByRole("button", { name: "Columns" }));
    expect((screen.getByRole("checkbox", { name: "Document" }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "Sender" }));
    expect((await url.last()).queryString).toBe(
      "?cols=status,documentType,documentNumber,sender,partner,channels,amount,receivedAt",
    );
  });

  it("going back to the default set leaves cols out", async () => {
    const url = urlSpy();
    render(<ColumnChooser />, { searchParams: "?cols=status", onUrlUpdate: url.onUrlUpdate });
    fireEvent.click(screen.getByRole("button", { name: "Columns" }));
    fireEvent.click(screen.getByRole("button", { name: "Reset to default columns" }));
    expect((await url.last()).queryString).toBe("");
  });

  it("density: compact in the URL, comfortable left out", async () => {
    const url = urlSpy();
    render(<DensityToggle />, { onUrlUpdate: url.onUrlUpdate });
    expect(screen.getByRole("button", { name: "Comfortable" }).getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Compact" }));
    expect((await url.last()).queryString).toBe("?density=compact");
    expect(screen.getByRole("button", { name: "Compact" }).getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Comfortable" }));
    expect((await url.last()).queryString).toBe("");
  });
});
