import { describe, expect, it } from "vitest";
import { DOCUMENT_TYPES } from "@/lib/domain/enums";
import { buildModel } from "./model";
import { netForGross, vatOf } from "./money";
import { seededRandom } from "./random";
import { makeTransaction } from "./test-fixtures";

const FINNISH_RATES = [2550, 1350, 1000];

function expectConsistent(model: ReturnType<typeof buildModel>) {
  for (const line of model.lines) expect(line.net).toBe(line.quantity * line.unitPrice);
  expect(model.lines.reduce((sum, line) => sum + line.net, 0)).toBe(model.totals.net);
  expect(model.totals.vat).toBe(vatOf(model.totals.net, model.vatRate));
  expect(model.totals.net + model.totals.vat).toBe(model.totals.gross);
}

describe("buildModel", () => {
  it("is deterministic and depends on the transaction id", () => {
    const tx = makeTransaction();
    expect(buildModel(tx)).toEqual(buildModel({ ...tx }));
    expect(buildModel({ ...tx, id: "tx-other" }).lines).not.toEqual(buildModel(tx).lines);
  });

  it("makes invoice lines plus VAT add up exactly to the amount, over many amounts", () => {
    const random = seededRandom("amounts");
    const amounts = [0, 0.01, 0.02, 0.99, 5, 1234.56, 99_999.99, 1_000_000_000.07, -250.4, -0.01];
    for (let i = 0; i < 500; i++) amounts.push(random.int(1, 10 ** random.int(1, 9)) / 100);
    amounts.forEach((amount, i) => {
      const model = buildModel(makeTransaction({ id: `tx-${i}`, amount }));
      expectConsistent(model);
      expect(model.totals.gross).toBe(Math.round(amount * 100));
      expect(model.lines.length).toBeGreaterThanOrEqual(1);
      expect(model.lines.length).toBeLessThanOrEqual(6);
      expect(model.lines.every((line) => Math.sign(line.net) === Math.sign(amount) || line.net === 0)).toBe(true);
    });
  });

  it("uses the seller's national VAT rates, and zero rate only when no rate reaches the total", () => {
    let unreachable = 1;
    while (FINNISH_RATES.some((rate) => netForGross(unreachable, rate) !== null)) unreachable++;
    const zero = buildModel(makeTransaction({ amount: unreachable / 100 }));
    expect(zero).toMatchObject({ vatCategory: "Z", vatRate: 0, totals: { gross: unreachable, vat: 0 } });
    const standard = buildModel(makeTransaction({ amount: 1000 }));
    expect(FINNISH_RATES).toContain(standard.vatRate);
    const swedish = buildModel(makeTransaction({ sender: { id: "0007:5560360793", name: "Svensk AB" } }));
    expect([2500, 1200, 600, 0]).toContain(swedish.vatRate);
    expect(swedish.seller.vatId).toBe("SE556036079301");
  });

  it("states a credit note as the credited amount, whatever the sign of the transaction amount", () => {
    for (const amount of [500, -500]) {
      const model = buildModel(makeTransaction({ documentType: "creditNote", amount }));
      expectConsistent(model);
      expect(model.totals.gross).toBe(50_000);
    }
  });

  it("derives a positive total when the transaction has no amount", () => {
    const model = buildModel(makeTransaction({ documentType: "order", amount: null, currency: null }));
    expectConsistent(model);
    expect(model.totals.gross).toBeGreaterThan(0);
    expect(model.currency).toBe("EUR");
  });

  it("casts sender and receiver as seller and buyer by document type", () => {
    for (const documentType of DOCUMENT_TYPES) {
      const model = buildModel(makeTransaction({ documentType }));
      const buyerSends = documentType === "order" || documentType === "invoiceResponse";
      expect(model.seller.name).toBe(buyerSends ? "Buyer Ab" : "Acme Oy");
      expect(model.buyer.name).toBe(buyerSends ? "Acme Oy" : "Buyer Ab");
    }
  });

  it("takes dates from receivedAt in UTC and copes with missing metadata", () => {
    const model = buildModel(
      makeTransaction({
        receivedAt: "2026-03-31T23:30:00-02:00",
        documentNumber: null,
        sender: null,
        documentType: null,
      }),
    );
    expect(model.issueDate).toBe("2026-04-01");
    expect(model.issueTime).toBe("01:30:00");
    expect(model.number).toBe("tx-000123");
    expect(model.type).toBe("invoice");
    expect(model.sender.name).toBe("Unknown sender");
  });
});
