import { describe, expect, it } from "vitest";
import { FORMATS, type Format } from "@/lib/domain/enums";
import { renderFile } from "./index";
import { makeTransaction } from "./test-fixtures";

/** Parses `1234.56`, `1234,56` or `1 234.56` into cents without floating point. */
function cents(value: string): number {
  const match = /^(-?)([\d ]+)[.,](\d\d)$/.exec(value.trim());
  if (!match) throw new Error(`not an amount: ${value}`);
  return (match[1] ? -1 : 1) * (Number(match[2].replaceAll(" ", "")) * 100 + Number(match[3]));
}

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => cents(match[1]));
const one = (text: string, pattern: RegExp) => all(text, pattern)[0];

interface Totals {
  gross: number;
  net: number;
  vat: number;
  /** Line amounts, where the format lists them in a way that is easy to pick out. */
  lines?: number[];
}

/** Reads the totals back out of a rendered document, the way a recipient would. */
function readTotals(format: Format, content: Buffer): Totals {
  const text = content.toString(format === "edifact" || format === "pdf" ? "latin1" : "utf8");
  switch (format) {
    case "peppolBis3":
    case "ubl21":
      return {
        gross: one(text, /<cbc:PayableAmount currencyID="EUR">([^<]+)</g),
        net: one(text, /<cbc:TaxExclusiveAmount currencyID="EUR">([^<]+)</g),
        vat: one(text, /<cbc:TaxAmount currencyID="EUR">([^<]+)</g),
        // The LineExtensionAmount right after each line's quantity (not the document total's).
        lines: all(text, /<\/cbc:(?:Invoiced|Credited)Quantity>\s*<cbc:LineExtensionAmount currencyID="EUR">([^<]+)</g),
      };
    case "finvoice3":
      return {
        gross: one(text, /<InvoiceTotalVatIncludedAmount AmountCurrencyIdentifier="EUR">([^<]+)</g),
        net: one(text, /<InvoiceTotalVatExcludedAmount AmountCurrencyIdentifier="EUR">([^<]+)</g),
        vat: one(text, /<InvoiceTotalVatAmount AmountCurrencyIdentifier="EUR">([^<]+)</g),
        lines: all(text, /<RowVatExcludedAmount AmountCurrencyIdentifier="EUR">([^<]+)</g),
      };
    case "teappsxml3":
      return {
        gross: one(text, /<AMOUNT_VAT_INCLUDED CURRENCY="EUR">([^<]+)</g),
        net: one(text, /<AMOUNT_VAT_EXCLUDED CURRENCY="EUR">([^<]+)</g),
        vat: one(text, /<VAT_AMOUNT CURRENCY="EUR">([^<]+)</g),
        lines: all(text, /<ROW_AMOUNT_VAT_EXCLUDED CURRENCY="EUR">([^<]+)</g),
      };
    case "edifact":
      return {
        gross: one(text, /^MOA\+77:([^']+)'/gm),
        net: one(text, /^MOA\+125:([^']+)'/gm),
        vat: one(text, /^MOA\+124:([^']+)'/gm),
        lines: all(text, /^MOA\+203:([^']+)'/gm),
      };
    case "pdf": {
      const value = (label: string) =>
        one(text, new RegExp(`\\(${label}\\) Tj ET\\nBT /F\\d \\d+ Tf [\\d.]+ [\\d.]+ Td \\(([-\\d .]+)\\) Tj`, "g"));
      return { gross: value("Total EUR"), net: value("Total excl\\. VAT"), vat: value("VAT [\\d.]+ %") };
    }
  }
}

const AMOUNTS = [0.01, 0.02, 1, 9.99, 99.9, 1234.56, 54_321.07, 999_999.99, 12_345_678_901.23, -250.4];

describe("totals in every format", () => {
  it.each(FORMATS)("%s: an invoice pays exactly tx.amount, and lines plus VAT add up to it", (format) => {
    AMOUNTS.forEach((amount, i) => {
      const tx = makeTransaction({ id: `tx-${format}-${i}`, format, amount });
      const totals = readTotals(format, renderFile(tx, 0, "document")!.content);
      expect(totals.gross).toBe(Math.round(amount * 100));
      expect(totals.net + totals.vat).toBe(totals.gross);
      if (totals.lines) {
        expect(totals.lines.length).toBeGreaterThan(0);
        expect(totals.lines.reduce((sum, line) => sum + line, 0)).toBe(totals.net);
      }
    });
  });

  it.each(FORMATS)("%s: a credit note states the credited amount (negative in Finvoice)", (format) => {
    for (const amount of [321.09, -321.09]) {
      const tx = makeTransaction({ format, documentType: "creditNote", documentNumber: "CN-2026-000001", amount });
      const totals = readTotals(format, renderFile(tx, 0, "document")!.content);
      expect(totals.gross).toBe(format === "finvoice3" ? -32_109 : 32_109);
      expect(totals.net + totals.vat).toBe(totals.gross);
      if (totals.lines) expect(totals.lines.reduce((sum, line) => sum + line, 0)).toBe(totals.net);
    }
  });

  it("uses the transaction currency", () => {
    const xml = renderFile(makeTransaction({ currency: "SEK" }), 0, "document")!.content.toString("utf8");
    expect(xml).toContain("<cbc:DocumentCurrencyCode>SEK</cbc:DocumentCurrencyCode>");
    expect(xml).toMatch(/<cbc:PayableAmount currencyID="SEK">1234.56</);
    expect(xml).not.toContain('currencyID="EUR"');
  });
});
