// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useLiveUpdates } from "./live";

/** A stand-in for the browser's EventSource that the test drives by hand. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onerror: (() => void) | null = null;
  private readonly listeners = new Map<string, () => void>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(name: string, listener: () => void) {
    this.listeners.set(name, listener);
  }
  emit(name: string) {
    this.listeners.get(name)?.();
  }
  fail(closed: boolean) {
    this.readyState = closed ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING;
    this.onerror?.();
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}

function Status() {
  return <span data-testid="status">{useLiveUpdates("/api/live?range=today", [["stats"]]).status}</span>;
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeEventSource.opened = [];
  vi.stubGlobal("EventSource", FakeEventSource);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("useLiveUpdates after an error answer", () => {
  it("opens the stream again after a pause that doubles, and starts over once it is live", async () => {
    const view = render(
      <QueryClientProvider client={new QueryClient()}>
        <Status />
      </QueryClientProvider>,
    );
    const status = () => view.getByTestId("status").textContent;
    expect(FakeEventSource.opened).toHaveLength(1);

    // A dropped connection: EventSource reconnects by itself, nothing to do.
    act(() => FakeEventSource.opened[0]!.fail(false));
    expect(status()).toBe("connecting");
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(FakeEventSource.opened).toHaveLength(1);

    // An error answer: closed for good by the browser, so opened again after 2 s, then 4 s.
    act(() => FakeEventSource.opened[0]!.fail(true));
    expect(status()).toBe("trouble");
    await act(() => vi.advanceTimersByTimeAsync(1_999));
    expect(FakeEventSource.opened).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(FakeEventSource.opened).toHaveLength(2);
    act(() => FakeEventSource.opened[1]!.fail(true));
    await act(() => vi.advanceTimersByTimeAsync(3_999));
    expect(FakeEventSource.opened).toHaveLength(2);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(FakeEventSource.opened).toHaveLength(3);

    act(() => FakeEventSource.opened[2]!.emit("ready"));
    expect(status()).toBe("live");
    act(() => FakeEventSource.opened[2]!.fail(true));
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(FakeEventSource.opened).toHaveLength(4);
    view.unmount();
  });
});
