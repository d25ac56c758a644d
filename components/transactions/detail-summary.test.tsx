// @vitest-environment happy-dom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { render } from "@/test/render";
import { sampleDetail } from "@/test/fixtures/transaction";
import { formatAmount } from "./detail-format";
import { DetailSummary } from "./detail-summary";

afterEach(cleanup);

/** The value shown for a term of the summary grid. */
const value = (term: string) => screen.getByText(term, { selector: "dt" }).nextElementSibling?.textContent ?? "";

describe("DetailSummary", () => {
  it("shows status with reason and error type, parties with ids, channels, format and amount", () => {
    render(<DetailSummary tx={sampleDetail()} />);
    expect(value("Status")).toContain("Error");
    expect(value("Status")).toContain("Overdue");
    expect(value("Status")).toContain("Receiving access point refused the connection");
    expect(value("Status")).toContain("Connection error");
    expect(value("Sender")).toBe("Acme Oy0037:12345678");
    expect(value("Receiver")).toBe("Määttä Ab0037:87654321");
    expect(value("Channels")).toBe("API → Peppol");
    expect(value("Format")).toBe("EDIFACT");
    expect(value("Amount")).toBe("€1,234.50");
    expect(value("SLA due")).toContain("Overdue");
    expect(value("Delivered")).toBe("—");
  });

  it("links parties, channels, service profile and error type to the list filtered on them, keeping the list's view", () => {
    render(<DetailSummary tx={sampleDetail({ serviceProfile: "Order-to-Cash" })} />, {
      searchParams: "?status=error&partner=Other&cursor=abc",
    });
    const href = (name: string) => screen.getByRole("link", { name }).getAttribute("href");
    expect(value("Partner")).toBe("Määttä Ab0037:87654321");
    expect(screen.getAllByRole("link", { name: "Määttä Ab" }).map((a) => a.getAttribute("href"))).toEqual([
      "/transactions?status=error&receiver=0037:87654321&partner=Other",
      "/transactions?status=error&partner=0037:87654321",
    ]);
    expect(href("Acme Oy")).toBe("/transactions?status=error&sender=0037:12345678&partner=Other");
    expect(href("API")).toBe("/transactions?status=error&in=api&partner=Other");
    expect(href("Peppol")).toBe("/transactions?status=error&out=peppol&partner=Other");
    expect(href("Order-to-Cash")).toBe("/transactions?status=error&profile=Order-to-Cash&partner=Other");
    expect(href("Connection error")).toBe("/transactions?status=error&error=CONNECTION_ERROR&partner=Other");
    expect(screen.getByRole("link", { name: "Connection error" }).getAttribute("title")).toBe(
      "Show transactions of error type Connection error",
    );
  });

  it("tells whether a delivered transaction met its SLA", () => {
    const met = sampleDetail({
      status: "delivered",
      overdue: false,
      deliveredAt: "2026-11-27T10:30:00Z",
      errorType: null,
      statusReason: null,
    });
    render(<DetailSummary tx={met} />);
    expect(value("SLA due")).toContain("Met");
    cleanup();
    render(<DetailSummary tx={{ ...met, deliveredAt: "2026-11-27T12:05:00Z" }} />);
    expect(value("SLA due")).toContain("Missed by 1 h 5 min");
  });

  it("formats amounts with unknown or missing currencies", () => {
    expect(formatAmount(null, "EUR")).toBeNull();
    expect(formatAmount(10, null)).toBe("10.00");
    expect(formatAmount(10, "XX1")).toBe("10.00 XX1");
  });
});
