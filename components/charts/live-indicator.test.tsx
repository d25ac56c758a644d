// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { urlSpy } from "@/components/filters/url-spy.fixture";
import { render } from "@/test/render";
import { AGO_TICK_MS, LiveIndicator } from "./live-indicator";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("LiveIndicator", () => {
  it("says live and how long ago the numbers changed; the switch writes live=off", async () => {
    const url = urlSpy();
    render(<LiveIndicator status="live" updatedAt={Date.now() - 3000} />, {
      searchParams: "?range=today",
      onUrlUpdate: url.onUrlUpdate,
    });
    expect(screen.getByRole("status").textContent).toBe("Live");
    expect(screen.getByText(/updated \d+ s ago/)).toBeTruthy();
    const toggle = screen.getByRole("switch", { name: "Live updates" });
    expect(toggle.getAttribute("aria-checked")).toBe("true");
    fireEvent.click(toggle);
    expect((await url.last()).queryString).toBe("?range=today&live=off");
  });

  it("flashes the dot once per update and brings the age up to date every few seconds, not every second", () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    const at = Date.now();
    const { rerender } = render(<LiveIndicator status="live" updatedAt={at} />, { searchParams: "?range=today" });
    const dot = () => document.querySelector("[data-live] > span[aria-hidden]")!;
    expect(dot().className).toContain("live-flash");
    expect(dot().className).not.toContain("animate-pulse");
    const age = () => screen.getByText(/updated/).textContent;
    const first = age();
    act(() => vi.advanceTimersByTime(AGO_TICK_MS - 1));
    expect(age()).toBe(first);
    act(() => vi.advanceTimersByTime(1));
    expect(age()).toBe(` · updated ${AGO_TICK_MS / 1000} s ago`);
    // A new update draws a new dot (its flash starts again).
    const before = dot();
    rerender(<LiveIndicator status="live" updatedAt={Date.now()} />);
    expect(dot()).not.toBe(before);
  });

  it("when off, offers to go live again by removing the parameter", async () => {
    const url = urlSpy();
    render(<LiveIndicator status="live" updatedAt={0} />, {
      searchParams: "?live=off&range=today",
      onUrlUpdate: url.onUrlUpdate,
    });
    expect(screen.getByRole("status").textContent).toBe("Live off");
    fireEvent.click(screen.getByRole("switch", { name: "Live updates" }));
    expect((await url.last()).queryString).toBe("?range=today");
  });

  it("shows paused and trouble states", () => {
    render(<LiveIndicator status="paused" updatedAt={0} />, { searchParams: "?range=24h" });
    expect(screen.getByRole("status").textContent).toBe("Paused while this tab is hidden");
    cleanup();
    render(<LiveIndicator status="trouble" updatedAt={0} />);
    expect(screen.getByRole("status").textContent).toContain("retrying");
  });

  it("is never live for a range that ended", () => {
    render(<LiveIndicator status="off" updatedAt={0} />, { searchParams: "?from=2026-01-01&to=2026-01-02" });
    expect(screen.getByRole("status").textContent).toBe("Not live: the range has ended");
    expect(screen.queryByRole("switch")).toBeNull();
  });
});
