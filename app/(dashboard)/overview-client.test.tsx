// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { render } from "@/test/render";
import { serveStats } from "@/test/stats";
import { OverviewView } from "./overview-client";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

class FakeEventSource {
  static urls: string[] = [];
  static CLOSED = 2;
  readyState = 0;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.urls.push(url);
  }
  addEventListener() {}
  close() {}
}

const fetchMock = serveStats();
beforeEach(() => {
  FakeEventSource.urls = [];
  vi.stubGlobal("EventSource", FakeEventSource);
});

const apiError = (status: number, message: string, param?: string) =>
  Response.json({ error: { code: "x", message, param } }, { status });

describe("OverviewView", () => {
  it("shows the key figures and every chart, and follows the view live with the same filters", async () => {
    render(<OverviewView />, { searchParams: "?range=today&type=invoice" });
    expect(await screen.findByRole("list", { name: "Key figures" })).toBeTruthy();
    for (const title of [
      "Status over time",
      "Status breakdown",
      "Volume by document type",
      "Volume by channel",
      "Top trading partners",
      "Top error types",
      "Throughput time",
    ]) {
      expect(screen.getByRole("heading", { name: title })).toBeTruthy();
    }
    expect(screen.getByText(/^11 transactions · by hour/)).toBeTruthy();
    expect(FakeEventSource.urls).toHaveLength(1);
    const live = new URL(FakeEventSource.urls[0], "http://x");
    expect(live.pathname).toBe("/api/live");
    expect(Object.fromEntries(live.searchParams)).toEqual({ type: "invoice", range: "today", tz: expect.any(String) });
    // The overview has its own range control, not the list's "Received" select.
    expect(within(screen.getByRole("search")).queryByRole("combobox", { name: "Received" })).toBeNull();
  });

  it("opens no live stream with live=off or for a range in the past", async () => {
    render(<OverviewView />, { searchParams: "?range=today&live=off" });
    await screen.findByRole("list", { name: "Key figures" });
    cleanup();
    render(<OverviewView />, { searchParams: "?from=2026-01-01&to=2026-01-02" });
    await screen.findByRole("list", { name: "Key figures" });
    expect(FakeEventSource.urls).toEqual([]);
  });

  it("explains that a month-scale range needs the report role, and offers 7 days with the same filters", async () => {
    fetchMock.mockImplementation(async () => apiError(403, 'Ranges longer than 7 days need the role "report"'));
    render(<OverviewView />, { searchParams: "?range=month&status=error" });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This range needs the Report role");
    expect(within(alert).getByRole("link", { name: "Show the last 7 days" }).getAttribute("href")).toBe(
      "/?status=error&range=7d",
    );
    expect(screen.queryByRole("list", { name: "Key figures" })).toBeNull();
  });

  it("names a bad URL parameter", async () => {
    fetchMock.mockImplementation(async () => apiError(400, "overdue must be true or false", "overdue"));
    render(<OverviewView />, { searchParams: "?overdue=maybe" });
    expect((await screen.findByRole("alert")).textContent).toContain("This link has an invalid overdue parameter");
  });

  it.each([
    ["?bucket=minute", "bucket", 'bucket: unknown value "minute"; expected one of hour, day'],
    [
      "?range=7d&tables=time,pie",
      "tables",
      'tables: unknown value "pie"; expected one of time, status, type, channel, partner, error, throughput',
    ],
    ["?live=on", "live", 'live: unknown value "on"; expected one of off'],
  ])(
    "names a view parameter of an unknown value (%s) as it names a bad filter, and follows nothing live",
    async (search, param, message) => {
      render(<OverviewView />, { searchParams: search });
      const alert = await screen.findByRole("alert");
      expect(alert.textContent).toContain(`This link has an invalid ${param} parameter`);
      expect(alert.textContent).toContain(message);
      expect(within(alert).getByRole("link", { name: "Reset the overview" }).getAttribute("href")).toBe("/");
      expect(screen.queryByRole("list", { name: "Key figures" })).toBeNull();
      expect(FakeEventSource.urls).toEqual([]);
    },
  );
});
