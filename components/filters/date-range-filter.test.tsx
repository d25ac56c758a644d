// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { render } from "@/test/render";
import { DateRangeFilter } from "./date-range-filter";
import { urlSpy } from "./url-spy.fixture";

afterEach(cleanup);

const preset = () => screen.getByRole("combobox", { name: "Received" }) as HTMLSelectElement;

describe("DateRangeFilter", () => {
  it("offers the presets, a custom range and any time", () => {
    render(<DateRangeFilter />);
    expect(Array.from(preset().options).map((o) => o.text)).toEqual([
      "Any time",
      "Today",
      "Last 24 hours",
      "Last 7 days",
      "This month",
      "Last 30 days",
      "Last 90 days",
      "Custom range…",
    ]);
    expect(screen.queryByLabelText("Received from")).toBeNull();
  });

  it("a preset replaces a custom range", async () => {
    const url = urlSpy();
    render(<DateRangeFilter />, {
      searchParams: "?from=2026-11-01&to=2026-11-05&cursor=x",
      onUrlUpdate: url.onUrlUpdate,
    });
    expect(preset().value).toBe("custom");
    fireEvent.change(preset(), { target: { value: "7d" } });
    expect((await url.last()).queryString).toBe("?range=7d");
  });

  it("custom starts where the preset started and shows from/to date inputs", async () => {
    const url = urlSpy();
    render(<DateRangeFilter />, { searchParams: "?range=24h", onUrlUpdate: url.onUrlUpdate });
    fireEvent.change(preset(), { target: { value: "custom" } });
    expect((await url.last()).queryString).toMatch(/^\?from=\d{4}-\d{2}-\d{2}$/);
    expect(screen.getByLabelText("Received from")).toBeTruthy();
  });

  it("edits from and to as calendar dates, each bounding the other", async () => {
    const url = urlSpy();
    render(<DateRangeFilter />, { searchParams: "?from=2026-11-01", onUrlUpdate: url.onUrlUpdate });
    const to = screen.getByLabelText("Received to") as HTMLInputElement;
    expect(to.min).toBe("2026-11-01");
    fireEvent.change(to, { target: { value: "2026-11-05" } });
    expect((await url.last()).queryString).toBe("?from=2026-11-01&to=2026-11-05");
    expect((screen.getByLabelText("Received from") as HTMLInputElement).max).toBe("2026-11-05");
  });

  it("Any time clears the range", async () => {
    const url = urlSpy();
    render(<DateRangeFilter />, { searchParams: "?range=30d", onUrlUpdate: url.onUrlUpdate });
    fireEvent.change(preset(), { target: { value: "" } });
    expect((await url.last()).queryString).toBe("");
  });
});
