// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { render } from "@/test/render";
import { samplePage } from "@/test/fixtures/transaction";
import { TransactionCards } from "./transaction-cards";

afterEach(cleanup);

describe("TransactionCards", () => {
  it("shows one card per transaction with its status, document, partner, amount and received time", () => {
    const { items } = samplePage(2);
    render(<TransactionCards items={items} />, { searchParams: "?status=delivered" });
    const cards = within(screen.getByRole("list", { name: "Transactions" })).getAllByRole("listitem");
    expect(cards).toHaveLength(2);
    const [tx] = items;
    const card = within(cards[0]);
    expect(card.getByText("Delivered")).toBeTruthy();
    expect(card.getByText(tx.businessPartner!.name)).toBeTruthy();
    expect(card.getByText("€100.00")).toBeTruthy();
    expect(cards[0].querySelector("time")?.getAttribute("datetime")).toBe(tx.receivedAt);
    // The card's link opens the drill-down and keeps the list's search for the way back.
    const link = card.getByRole("link", { name: new RegExp(tx.documentNumber!) });
    expect(link.getAttribute("href")).toBe(`/transactions/${tx.id}?status=delivered`);
    // The partner links to the list narrowed to it.
    expect(card.getByRole("link", { name: tx.businessPartner!.name }).getAttribute("href")).toBe(
      `/transactions?status=delivered&partner=${tx.businessPartner!.id}`,
    );
  });
});
