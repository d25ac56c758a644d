// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { urlSpy } from "@/components/filters/url-spy.fixture";
import { samplePage } from "@/test/fixtures/transaction";
import { render } from "@/test/render";
import { TransactionsView } from "./client";

const fetchMock = vi.fn<typeof fetch>();
const json = (body: unknown, status = 200) => Response.json(body, { status });
const apiError = (status: number, message: string, param?: string) =>
  json({ error: { code: status === 400 ? "invalid_parameter" : "upstream", message, param } }, status);

beforeEach(() => {
  vi.stubGlobal("fetch", fetchMock);
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

const calledUrl = (n = 0) => new URL(String(fetchMock.mock.calls[n][0]), "http://x");

describe("TransactionsView", () => {
  it("loads the URL's search from the BFF (UI-only parameters dropped) and shows rows and total", async () => {
    fetchMock.mockResolvedValue(json(samplePage(3, 1234, "c1")));
    render(<TransactionsView />, { searchParams: "?status=error&cols=status,amount&density=compact" });
    expect(screen.getByRole("status", { name: "Loading transactions" })).toBeTruthy();
    expect(await screen.findByText("1,234 transactions", { exact: false })).toBeTruthy();
    expect(screen.getAllByRole("row")).toHaveLength(4);
    const url = calledUrl();
    expect(url.pathname).toBe("/api/transactions");
    expect([...url.searchParams.keys()]).toEqual(["status", "tz"]);
    expect(screen.getByRole("link", { name: "Next" }).getAttribute("href")).toBe(
      "/transactions?status=error&cursor=c1&cols=status,amount&density=compact",
    );
  });

  it("links the CSV export to the whole filter from its first row", async () => {
    fetchMock.mockResolvedValue(json(samplePage(1, 1)));
    render(<TransactionsView />, { searchParams: "?status=error&sort=amount.asc&cursor=c4" });
    await screen.findByText("1 transaction", { exact: false });
    const link = screen.getByRole("link", { name: "Export CSV" });
    expect(link.hasAttribute("download")).toBe(true);
    const href = new URL(link.getAttribute("href")!, "http://x");
    expect(href.pathname).toBe("/api/transactions/export");
    expect(Object.fromEntries(href.searchParams)).toEqual({
      status: "error",
      sort: "amount.asc",
      tz: expect.any(String),
    });
  });

  it("an empty result offers to clear the filters", async () => {
    fetchMock.mockResolvedValue(json(samplePage(0)));
    const url = urlSpy();
    render(<TransactionsView />, { searchParams: "?status=error&sort=amount.asc", onUrlUpdate: url.onUrlUpdate });
    const empty = await screen.findByText("No transactions match");
    fireEvent.click(within(empty.parentElement!).getByRole("button", { name: "Clear filters" }));
    expect((await url.last()).queryString).toBe("?sort=amount.asc");
  });

  it("an upstream failure shows the message and a Retry that loads again", async () => {
    fetchMock
      .mockResolvedValueOnce(apiError(502, "The Track API answered 503."))
      .mockResolvedValue(json(samplePage(2)));
    render(<TransactionsView />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The Track API is not answering");
    expect(alert.textContent).toContain("The Track API answered 503.");
    fireEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("2 transactions", { exact: false })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("an upstream answer in a shape it cannot read is said so, with the field it lacks", async () => {
    const message = "The upstream's search answer has no `total`. (POST /track/api/transactions)";
    fetchMock.mockResolvedValue(json({ error: { code: "upstream_contract", message, field: "total" } }, 502));
    render(<TransactionsView />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The Track API answered in a shape this dashboard cannot read");
    expect(alert.textContent).toContain(message);
  });

  it.each([
    ["?sort=colour.up", "sort"],
    ["?range=fortnight", "range"],
    ["?overdue=maybe", "overdue"],
    ["?density=huge", "density"],
    ["?cols=status,colour", "cols"],
    ["?live=on", "live"],
  ])("names the bad parameter of %s (caught before the BFF answers)", async (search, param) => {
    fetchMock.mockResolvedValue(apiError(400, `${param} is bad`, param));
    render(<TransactionsView />, { searchParams: search });
    const alert = screen.getByRole("alert");
    expect(within(alert).getByText(param).tagName).toBe("CODE");
    expect(within(alert).getByRole("link", { name: "Reset filters" }).getAttribute("href")).toBe("/transactions");
  });

  it("says what a view parameter allows in the words a filter's problem uses", async () => {
    fetchMock.mockResolvedValue(json(samplePage(1)));
    render(<TransactionsView />, { searchParams: "?status=error&density=huge" });
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("This link has an invalid density parameter");
    expect(alert.textContent).toContain('density: unknown value "huge"; expected one of comfortable, compact');
    expect(screen.queryByRole("table")).toBeNull();
  });

  // The filter schema's validator stays on the server: values it rejects come back as the BFF's 400.
  it.each([
    ["?status=lost", "status"],
    ["?from=2026-11-05&to=2026-11-01", "to"],
    [`?q=${"x".repeat(5000)}`, "q"],
  ])("names the bad parameter of %s (as the BFF answers)", async (search, param) => {
    fetchMock.mockResolvedValue(apiError(400, `${param} is bad`, param));
    render(<TransactionsView />, { searchParams: search });
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(param).tagName).toBe("CODE");
    expect(alert.textContent).toContain(`${param} is bad`);
    expect(within(alert).getByRole("link", { name: "Reset filters" }).getAttribute("href")).toBe("/transactions");
  });

  it("names a parameter only the server can judge (a garbage cursor)", async () => {
    fetchMock.mockResolvedValue(apiError(400, "cursor: not a cursor of this search", "cursor"));
    render(<TransactionsView />, { searchParams: "?status=error&cursor=garbage" });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("invalid cursor parameter");
    expect(alert.textContent).toContain("not a cursor of this search");
    expect(within(alert).getByRole("link", { name: "First page" }).getAttribute("href")).toBe(
      "/transactions?status=error",
    );
  });

  it("copies the page's address and says so", async () => {
    fetchMock.mockResolvedValue(json(samplePage(1)));
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    render(<TransactionsView />);
    fireEvent.click(screen.getByRole("button", { name: "Copy link" }));
    expect(await screen.findByText("Link copied")).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(window.location.href);
  });
});
