// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { RelatedTransaction } from "@/lib/domain/transaction";
import { sampleDetail } from "@/test/fixtures/transaction";
import { render } from "@/test/render";
import { RelatedCard } from "./detail-related";

afterEach(cleanup);

const related: RelatedTransaction[] = [
  {
    id: "tx-order",
    documentType: "order",
    documentNumber: "PO-7",
    status: "delivered",
    relation: "referenced",
    receivedAt: "2026-11-26T09:00:00Z",
  },
  {
    id: "tx/ir",
    documentType: "invoiceResponse",
    documentNumber: "IR-7",
    status: "rejected",
    relation: "referencing",
    receivedAt: "2026-11-28T09:00:00Z",
  },
];

describe("RelatedCard", () => {
  it("shows the chain oldest first with each status, this transaction unlinked, the others linked back to the list", () => {
    render(<RelatedCard tx={sampleDetail({ related })} />, { searchParams: "?status=error&cols=status,partner" });
    expect(screen.getByRole("heading", { name: "Related documents (2)" })).toBeTruthy();
    const items = within(screen.getByRole("list", { name: "Document chain, oldest first" })).getAllByRole("listitem");
    expect(items.map((item) => item.dataset.related)).toEqual(["tx-order", "tx-1", "tx/ir"]);
    expect(items.map((item) => item.querySelector("[data-status]")?.getAttribute("data-status"))).toEqual([
      "delivered",
      "error",
      "rejected",
    ]);
    const order = screen.getByRole("link", { name: /Order PO-7/ });
    expect(order.getAttribute("href")).toBe("/transactions/tx-order?status=error&cols=status,partner");
    expect(order.textContent).toContain("Referenced by this one");
    expect(screen.getByRole("link", { name: /Invoice response IR-7/ }).getAttribute("href")).toMatch(
      /^\/transactions\/tx%2Fir\?/,
    );
    expect(within(items[1]).queryByRole("link")).toBeNull();
    expect(items[1].querySelector("[aria-current=page]")?.textContent).toContain("This transaction");
  });

  it("says so when nothing is related, and shows no card when the Track API does not tell", () => {
    render(<RelatedCard tx={sampleDetail({ related: [] })} />);
    expect(screen.getByText(/No related documents/)).toBeTruthy();
    cleanup();
    const { container } = render(<RelatedCard tx={sampleDetail()} />);
    expect(container.textContent).toBe("");
  });
});
