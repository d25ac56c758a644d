// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import DashboardError from "./error";

afterEach(cleanup);

describe("the dashboard's error page", () => {
  it("says the page failed, retries on request and links back to the overview and the list", () => {
    const reset = vi.fn();
    render(<DashboardError error={Object.assign(new Error("boom"), { digest: "123" })} reset={reset} />);
    expect(screen.getByRole("heading").textContent).toBe("This page failed to load");
    expect(screen.getByRole("alert").textContent).toContain("reference 123");
    expect(screen.getByRole("alert").textContent).not.toContain("boom");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(reset).toHaveBeenCalledOnce();
    expect(screen.getByRole("link", { name: "Overview" }).getAttribute("href")).toBe("/");
    expect(screen.getByRole("link", { name: "Transactions" }).getAttribute("href")).toBe("/transactions");
  });
});
