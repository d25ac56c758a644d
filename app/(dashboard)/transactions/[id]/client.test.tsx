// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sampleDetail } from "@/test/fixtures/transaction";
import { serializeSearch } from "@/lib/filters/url";
import { render } from "@/test/render";
import { TransactionView } from "./client";

const router = vi.hoisted(() => ({ push: vi.fn(), back: vi.fn(), search: "" }));
vi.mock("next/navigation", () => ({
  useRouter: () => router,
  useSearchParams: () => new URLSearchParams(router.search),
}));

// The list's own serializer writes the search string the drill-down must hand back unchanged.
router.search = serializeSearch({
  q: "Tom & Jerry",
  status: ["error", "rejected"],
  businessPartner: "0037:12345678",
  range: "7d",
});
const LIST = `/transactions${router.search}`;

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => vi.stubGlobal("fetch", fetchMock));
afterEach(() => {
  cleanup();
  fetchMock.mockReset();
  router.push.mockReset();
  router.back.mockReset();
  vi.unstubAllGlobals();
});

describe("TransactionView", () => {
  it("without the upstream's detail, shows the row with a plain note in place of the timeline and the files", async () => {
    const { events: _events, files: _files, ...row } = sampleDetail();
    fetchMock.mockResolvedValue(Response.json({ ...row, events: [], files: [], unavailable: ["events", "files"] }));
    render(<TransactionView id="tx-1" />);
    expect(await screen.findByRole("heading", { level: 1, name: "Invoice INV-2026-0042" })).toBeTruthy();
    const [events, files] = screen.getAllByRole("note");
    expect(events.textContent).toMatch(/no transaction detail endpoint, so there is no event timeline/);
    expect(screen.getByRole("heading", { name: "Events" })).toBeTruthy();
    expect(files.textContent).toBe("The Track API this dashboard uses offers no files of transactions.");
    expect(screen.getByRole("heading", { name: "Files" })).toBeTruthy();
  });

  it("loads the transaction and shows summary, events in order, files and raw metadata", async () => {
    fetchMock.mockResolvedValue(Response.json(sampleDetail()));
    render(<TransactionView id="tx-1" />);
    expect(screen.getByLabelText("Loading transaction")).toBeTruthy();
    expect(await screen.findByRole("heading", { level: 1, name: "Invoice INV-2026-0042" })).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith("/api/transactions/tx-1", expect.anything());
    const types = screen.getAllByRole("listitem").flatMap((item) => item.dataset.eventType ?? []);
    expect(types).toEqual(["RECEIVED", "VALIDATED", "ERROR"]);
    expect(screen.getByRole("heading", { name: "Files (2)" })).toBeTruthy();
    expect(screen.getByText("Raw metadata")).toBeTruthy();
    expect(LIST).toBe("/transactions?q=Tom+%26+Jerry&status=error,rejected&partner=0037:12345678&range=7d");
    expect(screen.getByRole("link", { name: /Back to list/ }).getAttribute("href")).toBe(LIST);
  });

  it("says when the transaction does not exist", async () => {
    fetchMock.mockResolvedValue(Response.json({ error: { code: "not_found", message: "Not found" } }, { status: 404 }));
    render(<TransactionView id="nope" />);
    expect(await screen.findByRole("heading", { name: "Transaction not found" })).toBeTruthy();
  });

  it("offers a retry after an error", async () => {
    fetchMock.mockResolvedValueOnce(
      Response.json({ error: { code: "upstream_timeout", message: "The Track API took too long" } }, { status: 504 }),
    );
    fetchMock.mockResolvedValueOnce(Response.json(sampleDetail()));
    render(<TransactionView id="tx-1" />);
    expect(await screen.findByText("The Track API took too long")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Invoice INV-2026-0042" })).toBeTruthy();
  });

  it("goes back to the same list on Escape: a history step when the list is the previous entry", async () => {
    fetchMock.mockResolvedValue(Response.json(sampleDetail()));
    render(<TransactionView id="tx-1" />);
    fireEvent.keyDown(window, { key: "Escape" });
    expect(router.push).toHaveBeenCalledWith(LIST);

    const previous = {
      url: `${window.location.origin}/transactions?range=7d&partner=0037%3A12345678&status=error%2Crejected&q=Tom+%26+Jerry`,
      index: 0,
    };
    vi.stubGlobal("navigation", {
      currentEntry: { url: `${window.location.origin}/transactions/tx-1`, index: 1 },
      entries: () => [previous],
    });
    fireEvent.keyDown(window, { key: "Escape" });
    expect(router.back).toHaveBeenCalledTimes(1);
    expect(router.push).toHaveBeenCalledTimes(1);
  });

  it("ignores Escape typed in a form field", async () => {
    fetchMock.mockResolvedValue(Response.json(sampleDetail()));
    render(
      <>
        <input aria-label="Search" />
        <TransactionView id="tx-1" />
      </>,
    );
    fireEvent.keyDown(screen.getByLabelText("Search"), { key: "Escape" });
    expect(router.push).not.toHaveBeenCalled();
  });
});
