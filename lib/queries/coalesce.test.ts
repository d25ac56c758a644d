import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { coalesce } from "./coalesce";

describe("coalesce", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("runs a lone call at once", () => {
    const fn = vi.fn();
    coalesce(fn, 5_000)();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("folds the calls within the interval into one at its end", () => {
    const fn = vi.fn();
    const call = coalesce(fn, 5_000);
    call();
    vi.advanceTimersByTime(1_000);
    call();
    call();
    vi.advanceTimersByTime(3_999);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(60_000);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it("runs at most once per interval under a steady stream of calls", () => {
    const fn = vi.fn();
    const call = coalesce(fn, 5_000);
    for (let s = 0; s < 60; s++) {
      if (s > 0) vi.advanceTimersByTime(1_000);
      call();
    }
    // Within the minute: at 0, 5, …, 55 s; the call at 59 s is held for 60 s.
    expect(fn).toHaveBeenCalledTimes(12);
    vi.advanceTimersByTime(1_000);
    expect(fn).toHaveBeenCalledTimes(13);
  });

  it("drops a held call on cancel", () => {
    const fn = vi.fn();
    const call = coalesce(fn, 5_000);
    call();
    call();
    call.cancel();
    vi.advanceTimersByTime(10_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
