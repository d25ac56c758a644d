// @vitest-environment happy-dom
import { act, screen, waitFor } from "@testing-library/react";
import { Profiler } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { sampleStats } from "@/components/charts/stats.fixture";
import { render } from "@/test/render";
import { serveStats } from "@/test/stats";
import { OverviewView } from "./overview-client";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

// Every drawing counts its renders: a live refresh must redraw a chart only when its numbers changed.
const draws = vi.hoisted(() => ({ time: 0, breakdown: 0, throughput: 0 }));
vi.mock("@/components/charts/plots", () => ({
  StatusOverTimePlot: () => {
    draws.time++;
    return null;
  },
  BreakdownPlot: () => {
    draws.breakdown++;
    return null;
  },
  ThroughputPlot: () => {
    draws.throughput++;
    return null;
  },
  preloadPlots: () => {},
}));

/** A stand-in for the browser's EventSource whose events the test sends. */
class FakeEventSource {
  static CLOSED = 2;
  static last: FakeEventSource | null = null;
  readyState = 0;
  onerror: (() => void) | null = null;
  private readonly listeners = new Map<string, () => void>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(name: string, listener: () => void) {
    this.listeners.set(name, listener);
  }
  emit(name: string) {
    act(() => this.listeners.get(name)?.());
  }
  close() {}
}

const fetchMock = serveStats();
beforeEach(() => {
  FakeEventSource.last = null;
  vi.stubGlobal("EventSource", FakeEventSource);
  Object.assign(draws, { time: 0, breakdown: 0, throughput: 0 });
});

/** Lets React Query's batched notifications (a macrotask later) reach the page. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));

/** Renders the live overview and waits for its first stats; `commits` counts React commits of the page. */
async function liveOverview() {
  const commits = { count: 0 };
  const view = render(
    <Profiler id="overview" onRender={() => commits.count++}>
      <OverviewView />
    </Profiler>,
    { searchParams: "?range=today" },
  );
  await screen.findByRole("list", { name: "Key figures" });
  await waitFor(() => expect(draws.time).toBeGreaterThan(0));
  return { ...view, commits, source: FakeEventSource.last! };
}

describe("the live overview when nothing changed", () => {
  it("does not re-render the page for pings that come between two refreshes", async () => {
    const { source, commits } = await liveOverview();
    // The first change is fetched at once; the pings after it wait for the refresh interval.
    source.emit("changed");
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.getByText(/· updated .* ago/)).toBeTruthy());
    await settle();
    const before = commits.count;
    for (let i = 0; i < 10; i++) source.emit("changed");
    // NOTE: React may render the live indicator once more before it bails out of an unchanged state.
    expect(commits.count - before).toBeLessThanOrEqual(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("redraws no chart when a refresh brings the same numbers, and redraws when they change", async () => {
    const { source } = await liveOverview();
    const drawn = { ...draws };
    source.emit("ready");
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    // The refetch settled (the indicator shows its time) without a drawing being rendered again.
    await waitFor(() => expect(screen.getByText(/· updated .* ago/)).toBeTruthy());
    await settle();
    expect(draws).toEqual(drawn);

    // New numbers: the charts follow them.
    fetchMock.mockImplementation(async () =>
      Response.json(sampleStats({ totals: { ...sampleStats().totals, total: 12 } })),
    );
    source.emit("ready");
    expect(await screen.findByText(/^12 transactions · by hour/)).toBeTruthy();
    expect(draws.time).toBeGreaterThan(drawn.time);
  });
});
