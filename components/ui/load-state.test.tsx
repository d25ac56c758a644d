// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LoadFailed, Loading } from "./load-state";

afterEach(cleanup);

describe("load states", () => {
  it("names what failed with the error's words, and retries on request", () => {
    const retry = vi.fn();
    render(<LoadFailed what="The alert rules" error={new Error("upstream timed out")} retry={retry} />);
    expect(screen.getByRole("alert").textContent).toBe("The alert rules could not be loaded: upstream timed out Retry");
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it("says what is loading as a status", () => {
    render(<Loading what="notifications" />);
    expect(screen.getByRole("status").textContent).toBe("Loading notifications…");
  });
});
