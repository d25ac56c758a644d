// @vitest-environment happy-dom
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { render } from "@/test/render";
import { linkQuery, serveStats } from "@/test/stats";
import { ChannelChart } from "./channel-chart";
import { DocumentTypeChart } from "./document-type-chart";
import { eInvoiceSplit } from "./einvoice-rate";
import { ErrorTypesChart } from "./error-types-chart";
import { sampleStats } from "./stats.fixture";
import { StatusBreakdownChart } from "./status-breakdown-chart";
import { TopPartnersChart } from "./top-partners-chart";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }));
serveStats();

const range = { from: "2026-11-27T10:00:00.000Z", to: "2026-11-27T11:30:00.000Z" };
const query = (link: HTMLElement) => linkQuery(link.getAttribute("href"));

describe("breakdown charts as tables", () => {
  it.each([
    [DocumentTypeChart, "type", "Invoice: 8 transactions", { type: "invoice" }],
    [DocumentTypeChart, "type", "Invoice, Error: 3 transactions", { type: "invoice", status: "error" }],
    [
      TopPartnersChart,
      "partner",
      "Receiver Oy, Sending: 2 transactions",
      { partner: "0037:12345678", status: "sending" },
    ],
    [ErrorTypesChart, "error", "Connection error: 3 transactions", { error: "CONNECTION_ERROR" }],
    [ChannelChart, "channel", "Peppol, Error: 3 transactions", { out: "peppol", status: "error" }],
    [ChannelChart, "channel", "API: 11 transactions", { in: "api" }],
    [StatusBreakdownChart, "status", "Sending: 2 transactions", { status: "sending" }],
  ] as const)("%o (%s) links %s to its rows", async (Chart, id, name, params) => {
    render(<Chart />, { searchParams: `?range=today&dir=outbound&tables=${id}` });
    const link = await screen.findByRole("link", { name });
    expect(query(link)).toEqual({ dir: "outbound", ...params, ...range });
  });
});

describe("e-invoice rate", () => {
  it("is the share of delivered documents sent electronically rather than by e-mail or print", () => {
    expect(eInvoiceSplit(sampleStats().breakdowns.outChannel)).toEqual({
      electronic: { count: 4, channels: ["peppol"] },
      email: 1,
      print: 1,
      delivered: 6,
    });
  });

  it("is shown with each part linked to its delivered rows", async () => {
    render(<ChannelChart />, { searchParams: "?range=today" });
    expect((await screen.findByTestId("einvoice-rate")).textContent).toBe("66.7%");
    expect(query(screen.getByRole("link", { name: "4 electronic" }))).toEqual({
      status: "delivered",
      out: "peppol",
      ...range,
    });
    expect(query(screen.getByRole("link", { name: "1 print" }))).toEqual({
      status: "delivered",
      out: "print",
      ...range,
    });
  });
});

describe("status breakdown", () => {
  it("links the overdue count", async () => {
    render(<StatusBreakdownChart />, { searchParams: "?range=today" });
    const overdue = await screen.findByRole("link", { name: "1 overdue" });
    expect(query(overdue)).toEqual({ overdue: "true", ...range });
  });

  it("shows only the filtered statuses", async () => {
    render(<StatusBreakdownChart />, { searchParams: "?range=today&status=error,sending&tables=status" });
    const table = await screen.findByRole("table");
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((r) => r.textContent),
    ).toEqual(["Sending", "Error"]);
  });
});
