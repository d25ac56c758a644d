import { describe, expect, it } from "vitest";
import { writePdf } from "./pdf";
import { pdfProblems } from "./pdf-check";
import { PdfLayout } from "./pdf-layout";
import { fitText, pdfString, textWidth } from "./pdf-text";

const info = { title: "Test", created: "2026-01-15T10:30:00Z" };

describe("pdfString", () => {
  it("escapes parentheses and backslashes", () => {
    expect(pdfString("a(b)c\\d")).toBe("(a\\(b\\)c\\\\d)");
  });

  it("writes WinAnsi bytes as octal escapes, and '?' for what Helvetica cannot show", () => {
    expect(pdfString("ä€–😀")).toBe("(\\344\\200\\226?)");
  });
});

describe("text metrics", () => {
  it("measures with Helvetica widths", () => {
    expect(textWidth("1234.56", 10)).toBeCloseTo((6 * 556 + 278) / 100);
    expect(textWidth("Wi", 10)).toBeCloseTo((944 + 222) / 100);
  });

  it("cuts text that does not fit", () => {
    const cut = fitText("A very long description of an item", 60, 9);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 9)).toBeLessThanOrEqual(60);
  });
});

describe("writePdf", () => {
  it("writes a PDF 1.4 with exact xref offsets and stream lengths", () => {
    const pdf = writePdf([[{ kind: "text", x: 50, y: 700, text: "Tom & (Jerry) \\ Ltd — ä", size: 12 }]], info);
    expect(pdfProblems(pdf)).toEqual([]);
    const text = pdf.toString("latin1");
    expect(text).toContain("(Tom & \\(Jerry\\) \\\\ Ltd \\227 \\344) Tj");
    expect(text).toContain("/BaseFont /Helvetica ");
    expect(text).toContain("/CreationDate (D:20260115103000Z)");
  });

  it("right-aligns text by its width", () => {
    const pdf = writePdf([[{ kind: "text", x: 100, y: 700, text: "10.00", size: 10, align: "right" }]], info);
    const text = pdf.toString("latin1");
    expect(text).toContain(`${100 - (4 * 556 + 278) / 100} 700 Td (10.00) Tj`);
  });

  it("checks catch a broken offset (the checker itself)", () => {
    const pdf = writePdf([[]], info);
    const broken = Buffer.from(pdf.toString("latin1").replace("1 0 obj", "1 0 obj "), "latin1");
    expect(pdfProblems(broken).length).toBeGreaterThan(0);
  });
});

describe("PdfLayout", () => {
  it("flows onto new pages and numbers them", () => {
    const layout = new PdfLayout();
    for (let row = 0; row < 120; row++) layout.text(50, `Row ${row}`).down(14);
    const pages = layout.finish("footer");
    expect(pages.length).toBe(3);
    const pdf = writePdf(pages, info);
    expect(pdfProblems(pdf)).toEqual([]);
    const text = pdf.toString("latin1");
    expect(text).toContain("/Count 3");
    expect(text).toContain("(Page 3 / 3) Tj");
    expect(text).toContain("(Row 119) Tj");
  });
});
