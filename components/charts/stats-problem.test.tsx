// @vitest-environment happy-dom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BffError } from "@/lib/queries/fetch-json";
import { render } from "@/test/render";
import { StatsProblem } from "./stats-problem";

afterEach(cleanup);

describe("StatsProblem", () => {
  it("says plainly that the Track API has no stats endpoint, with no Retry", () => {
    const message = "The Track API this dashboard uses has no POST /track/api/transactions/stats endpoint, so …";
    render(
      <StatsProblem
        error={new BffError(501, "not_offered", message)}
        hasData={false}
        onRetry={vi.fn()}
        retrying={false}
        shorterHref="/"
      />,
    );
    expect(screen.getByRole("alert").textContent).toContain("The overview is not available");
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
    expect(screen.getByRole("link", { name: "Go to the transactions" }).getAttribute("href")).toBe("/transactions");
  });

  it("offers a Retry for an upstream failure", () => {
    render(
      <StatsProblem
        error={new BffError(502, "upstream_unavailable", "not answering")}
        hasData={false}
        onRetry={vi.fn()}
        retrying={false}
        shorterHref="/"
      />,
    );
    expect(screen.getByRole("button", { name: "Retry" })).toBeTruthy();
  });
});
