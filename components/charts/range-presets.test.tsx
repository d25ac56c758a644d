// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { urlSpy } from "@/components/filters/url-spy.fixture";
import { render } from "@/test/render";
import { BucketToggle } from "./bucket-toggle";
import { RangePresets } from "./range-presets";

afterEach(cleanup);
const pressed = () => screen.getAllByRole("button", { pressed: true }).map((b) => b.textContent);

describe("RangePresets", () => {
  it("shows 24 hours when the URL names no range, and writes presets as range=", async () => {
    const url = urlSpy();
    render(<RangePresets />, { searchParams: "?status=error&cursor=c1", onUrlUpdate: url.onUrlUpdate });
    expect(pressed()).toEqual(["24 hours"]);
    fireEvent.click(screen.getByRole("button", { name: "Today" }));
    expect((await url.last()).queryString).toBe("?status=error&range=today");
  });

  it("choosing the default range removes the parameter", async () => {
    const url = urlSpy();
    render(<RangePresets />, { searchParams: "?range=7d", onUrlUpdate: url.onUrlUpdate });
    fireEvent.click(screen.getByRole("button", { name: "24 hours" }));
    expect((await url.last()).queryString).toBe("");
  });

  it("Custom opens the inputs with the range written out and changes the URL only on Apply", async () => {
    const url = urlSpy();
    render(<RangePresets />, { searchParams: "?range=today", onUrlUpdate: url.onUrlUpdate });
    fireEvent.click(screen.getByRole("button", { name: "Custom" }));
    expect(pressed()).toEqual(["Custom"]);
    const from = screen.getByLabelText("Received from") as HTMLInputElement;
    expect(from.value).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, 00:00$/);
    expect(url.onUrlUpdate).not.toHaveBeenCalled();
    fireEvent.change(from, { target: { value: "2026-11-30" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect((await url.last()).queryString).toBe("?from=2026-11-30");
  });

  it("shows a list-only preset (90 days) as chosen", () => {
    render(<RangePresets />, { searchParams: "?range=90d" });
    expect(pressed()).toEqual(["Last 90 days"]);
  });
});

describe("BucketToggle", () => {
  it("is offered only when both buckets fit the range, and writes bucket=hour", async () => {
    render(<BucketToggle />, { searchParams: "?range=today" });
    expect(screen.queryByRole("group", { name: "Chart bucket" })).toBeNull();
    cleanup();
    const url = urlSpy();
    render(<BucketToggle />, { searchParams: "?range=7d", onUrlUpdate: url.onUrlUpdate });
    expect(pressed()).toEqual(["By day"]);
    fireEvent.click(screen.getByRole("button", { name: "By hour" }));
    expect((await url.last()).queryString).toBe("?range=7d&bucket=hour");
  });
});
