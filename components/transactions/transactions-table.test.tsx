// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { urlSpy } from "@/components/filters/url-spy.fixture";
import { render } from "@/test/render";
import { samplePage, sampleTransaction } from "@/test/fixtures/transaction";
import { TransactionsTable } from "./transactions-table";

afterEach(cleanup);

const header = (name: string) => screen.getByRole("columnheader", { name: new RegExp(`^${name}`) });
const rowLinks = () =>
  screen.getAllByRole("link").filter((a) => a.hasAttribute("data-row-link")) as HTMLAnchorElement[];

describe("TransactionsTable", () => {
  it("shows the default columns, the received column sorted newest first", () => {
    render(<TransactionsTable items={samplePage(2).items} />);
    expect(screen.getAllByRole("columnheader").map((th) => th.textContent)).toEqual([
      "Status",
      "Type",
      "Document",
      "Partner",
      "Channels",
      "Amount (by currency)",
      "Received",
    ]);
    expect(header("Received").getAttribute("aria-sort")).toBe("descending");
    expect(header("Amount").getAttribute("aria-sort")).toBe("none");
    const [first] = screen.getAllByRole("row").slice(1);
    expect(within(first).getByText("Delivered")).toBeTruthy();
    expect(within(first).getByText("€100.00")).toBeTruthy();
  });

  it("offers a partner's whole name and id on hover, however narrow the column cuts it", () => {
    const [tx] = samplePage(1).items;
    render(<TransactionsTable items={[tx]} />);
    const partner = within(screen.getAllByRole("row")[1]).getByText(tx.businessPartner!.name);
    expect(partner.closest("[title]")?.getAttribute("title")).toBe(
      `${tx.businessPartner!.name} (${tx.businessPartner!.id})`,
    );
  });

  it("links partner and channels to the list filtered on them, keeping the list's view, above the row's link", () => {
    const [tx] = samplePage(1).items;
    render(<TransactionsTable items={[tx]} />, { searchParams: "?status=delivered&cursor=abc&density=compact" });
    const row = within(screen.getAllByRole("row")[1]);
    const partner = row.getByRole("link", { name: tx.businessPartner!.name });
    expect(partner.getAttribute("href")).toBe("/transactions?status=delivered&partner=0037:87654321&density=compact");
    expect(partner.className).toContain("z-[1]");
    expect(row.getByRole("link", { name: "API" }).getAttribute("href")).toBe(
      "/transactions?status=delivered&in=api&density=compact",
    );
    expect(row.getByRole("link", { name: "Peppol" }).getAttribute("href")).toBe(
      "/transactions?status=delivered&out=peppol&density=compact",
    );
  });

  it("shows the columns named in the URL, always with the document column", () => {
    render(<TransactionsTable items={samplePage(1).items} />, { searchParams: "?cols=format,status,bogus" });
    expect(screen.getAllByRole("columnheader").map((th) => th.textContent)).toEqual(["Status", "Document", "Format"]);
  });

  it("sorts by a column on click, then flips it; the cursor is dropped and history pushed", async () => {
    const url = urlSpy();
    render(<TransactionsTable items={samplePage(2).items} />, {
      searchParams: "?status=error&cursor=abc",
      onUrlUpdate: url.onUrlUpdate,
    });
    fireEvent.click(within(header("Amount")).getByRole("button"));
    const update = await url.last();
    expect(update.queryString).toBe("?status=error&sort=amount.desc");
    expect(update.options.history).toBe("push");
    expect(header("Amount").getAttribute("aria-sort")).toBe("descending");
    fireEvent.click(within(header("Amount")).getByRole("button"));
    expect((await url.last()).queryString).toBe("?status=error&sort=amount.asc");
    expect(header("Amount").getAttribute("aria-sort")).toBe("ascending");
  });

  it("leaves the default sort out of the URL", async () => {
    const url = urlSpy();
    render(<TransactionsTable items={samplePage(1).items} />, {
      searchParams: "?sort=receivedAt.asc",
      onUrlUpdate: url.onUrlUpdate,
    });
    fireEvent.click(within(header("Received")).getByRole("button"));
    expect((await url.last()).queryString).toBe("");
  });

  it("starts text columns in ascending order", async () => {
    const url = urlSpy();
    render(<TransactionsTable items={samplePage(1).items} />, { onUrlUpdate: url.onUrlUpdate });
    fireEvent.click(within(header("Document")).getByRole("button"));
    expect((await url.last()).queryString).toBe("?sort=documentNumber.asc");
  });

  it("links each row to its drill-down with the list's whole view, so Back to list returns to it", () => {
    render(<TransactionsTable items={[sampleTransaction(7)]} />, {
      searchParams: "?status=error&sort=amount.asc&cursor=c1&density=compact",
    });
    expect(rowLinks()[0].getAttribute("href")).toBe(
      "/transactions/tx-7?status=error&sort=amount.asc&cursor=c1&density=compact",
    );
    expect(rowLinks()[0].textContent).toBe("INV-0007");
  });

  it("is one tab stop; arrow keys, Home and End move between rows", () => {
    render(<TransactionsTable items={samplePage(3).items} />);
    const links = rowLinks();
    expect(links.map((a) => a.tabIndex)).toEqual([0, -1, -1]);
    links[0].focus();
    fireEvent.keyDown(links[0], { key: "ArrowDown" });
    expect(document.activeElement).toBe(links[1]);
    expect(links.map((a) => a.tabIndex)).toEqual([-1, 0, -1]);
    // The active row's filter links (partner, channels) are in the tab order after its row link; no other row's.
    const rows = screen.getAllByRole("row").slice(1);
    const filterTabs = rows.map((row) =>
      Array.from(row.querySelectorAll<HTMLAnchorElement>("a[data-filter-link]")).map((a) => a.tabIndex),
    );
    expect(filterTabs).toEqual([
      [-1, -1, -1],
      [0, 0, 0],
      [-1, -1, -1],
    ]);
    fireEvent.keyDown(links[1], { key: "End" });
    expect(document.activeElement).toBe(links[2]);
    fireEvent.keyDown(links[2], { key: "ArrowDown" });
    expect(document.activeElement).toBe(links[2]);
    fireEvent.keyDown(links[2], { key: "Home" });
    expect(document.activeElement).toBe(links[0]);
    fireEvent.keyDown(links[0], { key: "ArrowUp" });
    expect(document.activeElement).toBe(links[0]);
  });

  it("marks a stale result while the next one loads", () => {
    render(<TransactionsTable items={samplePage(1).items} stale />);
    expect(screen.getByRole("table").getAttribute("aria-busy")).toBe("true");
  });
});
