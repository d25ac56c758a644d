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

  it("Custom range… opens the inputs with the preset's range written out, and changes the URL only on Apply", async () => {
    const url = urlSpy();
    render(<DateRangeFilter />, { searchParams: "?range=today&status=error", onUrlUpdate: url.onUrlUpdate });
    fireEvent.change(preset(), { target: { value: "custom" } });
    expect(preset().value).toBe("custom");
    const from = screen.getByLabelText("Received from") as HTMLInputElement;
    // Today starts at midnight in the viewer's zone, written as the tables write times.
    expect(from.value).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, 00:00$/);
    expect((screen.getByLabelText("Received to") as HTMLInputElement).value).toBe("");
    expect(url.onUrlUpdate).not.toHaveBeenCalled();
    fireEvent.change(from, { target: { value: "30 Nov 2026, 08:15" } });
    fireEvent.change(screen.getByLabelText("Received to"), { target: { value: "1 Dec 2026" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const { queryString } = await url.last();
    const fromUrl = new URLSearchParams(queryString).get("from");
    expect(
      new Date(fromUrl!).toLocaleString("en-GB", { timeZone: zone, dateStyle: "medium", timeStyle: "short" }),
    ).toBe("30 Nov 2026, 08:15");
    expect(queryString).toMatch(/^\?status=error&from=2026-11-\d\dT\d\d:\d\d:00Z&to=2026-12-01$/);
  });

  it("Custom range… from Any time invents no bound, and Cancel leaves the URL as it was", () => {
    const url = urlSpy();
    render(<DateRangeFilter />, { onUrlUpdate: url.onUrlUpdate });
    fireEvent.change(preset(), { target: { value: "custom" } });
    expect((screen.getByLabelText("Received from") as HTMLInputElement).value).toBe("");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByLabelText("Received from")).toBeNull();
    expect(preset().value).toBe("");
    expect(url.onUrlUpdate).not.toHaveBeenCalled();
  });

  it("shows a custom range in the tables' format and refuses what is not a date, naming the input", async () => {
    const url = urlSpy();
    render(<DateRangeFilter />, { searchParams: "?from=2026-11-01", onUrlUpdate: url.onUrlUpdate });
    expect((screen.getByLabelText("Received from") as HTMLInputElement).value).toBe("1 Nov 2026");
    fireEvent.change(screen.getByLabelText("Received to"), { target: { value: "11/30/2026" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(screen.getByRole("alert").textContent).toBe(
      'Received to: "11/30/2026" is not a date; write it like 1 Dec 2026, 14:30',
    );
    expect(screen.getByLabelText("Received to").getAttribute("aria-invalid")).toBe("true");
    expect(url.onUrlUpdate).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText("Received to"), { target: { value: "2026-11-05" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect((await url.last()).queryString).toBe("?from=2026-11-01&to=2026-11-05");
  });

  it("Any time clears the range", async () => {
    const url = urlSpy();
    render(<DateRangeFilter />, { searchParams: "?range=30d", onUrlUpdate: url.onUrlUpdate });
    fireEvent.change(preset(), { target: { value: "" } });
    expect((await url.last()).queryString).toBe("");
  });
});
