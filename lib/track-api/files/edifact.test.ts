import { describe, expect, it } from "vitest";
import { DOCUMENT_TYPES, type DocumentType } from "@/lib/domain/enums";
import { chunk35, escapeEdifact, segment } from "./edifact";
import { renderEdifact } from "./edifact-message";
import { buildModel } from "./model";
import { makeTransaction } from "./test-fixtures";

/** Splits an interchange into segments on unescaped `'`. */
function segments(edi: string): string[] {
  return edi
    .slice("UNA:+.? '".length)
    .split(/(?<!\?)'\n?/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const render = (documentType: DocumentType, overrides = {}) =>
  renderEdifact(buildModel(makeTransaction({ documentType, format: "edifact", ...overrides }))).toString("latin1");

describe("EDIFACT syntax", () => {
  it("releases the service characters and replaces what UNOC cannot carry", () => {
    expect(escapeEdifact("A+B:C'D?E")).toBe("A?+B?:C?'D??E");
    expect(escapeEdifact("Åbo 😀\nline")).toBe("Åbo ?? line");
  });

  it("drops trailing empty elements without cutting an escaped separator", () => {
    expect(segment("NAD", "BY", ["123", null, "9"], null, null)).toBe("NAD+BY+123::9");
    expect(segment("FTX", "AAO", ["x:", null])).toBe("FTX+AAO+x?:");
  });

  it("chunks names into an..35 components, at spaces where possible", () => {
    expect(chunk35("x".repeat(80), 2)).toEqual(["x".repeat(35), "x".repeat(35)]);
    expect(chunk35(`Pallet wrap film 500 mm "heavy duty"`, 2)).toEqual([`Pallet wrap film 500 mm "heavy`, `duty"`]);
    expect(chunk35("Short name", 5)).toEqual(["Short name"]);
  });
});

describe("EDIFACT interchanges", () => {
  const expected: Record<DocumentType, [string, string]> = {
    invoice: ["INVOIC", "380"],
    creditNote: ["INVOIC", "381"],
    order: ["ORDERS", "220"],
    orderResponse: ["ORDRSP", "231"],
    despatchAdvice: ["DESADV", "351"],
    invoiceResponse: ["APERAK", "305"],
  };

  it.each(DOCUMENT_TYPES)("%s: envelope, message type and a correct UNT segment count", (documentType) => {
    const edi = render(documentType);
    expect(edi.startsWith("UNA:+.? '\nUNB+UNOC:3+003712345678:30+003787654321:30+260115:1030+")).toBe(true);
    const all = segments(edi);
    const unh = all.findIndex((s) => s.startsWith("UNH+"));
    const unt = all.findIndex((s) => s.startsWith("UNT+"));
    expect(all[unh]).toBe(`UNH+1+${expected[documentType][0]}:D:96A:UN`);
    expect(all[unh + 1]).toMatch(new RegExp(`^BGM\\+${expected[documentType][1]}\\+INV-2026-000123\\+`));
    expect(all[unt]).toBe(`UNT+${unt - unh + 1}+1`);
    expect(all.at(-1)).toBe(`UNZ+1+${all[0].split("+").at(-1)}`);
    expect(edi.endsWith("'\n")).toBe(true);
  });

  it("counts segments correctly when values contain the segment terminator", () => {
    const edi = render("invoice", { sender: { id: "0037:12345678", name: "O'Brien's Parts" } });
    expect(edi).toContain("O?'Brien?'s Parts");
    const all = segments(edi);
    const count = all.findIndex((s) => s.startsWith("UNT+")) - all.findIndex((s) => s.startsWith("UNH+")) + 1;
    expect(all.find((s) => s.startsWith("UNT+"))).toBe(`UNT+${count}+1`);
  });

  it("writes ISO 8859-1 bytes (UNOC)", () => {
    const bytes = renderEdifact(buildModel(makeTransaction({ sender: { id: "0037:12345678", name: "Määttä Oy" } })));
    expect(bytes.includes(Buffer.from("Määttä", "latin1"))).toBe(true);
    expect(bytes.includes(Buffer.from("Määttä", "utf8"))).toBe(false);
  });

  it("puts one LIN group per line with quantity and, in INVOIC, amount and price", () => {
    const model = buildModel(makeTransaction());
    const all = segments(renderEdifact(model).toString("latin1"));
    expect(all.filter((s) => s.startsWith("LIN+"))).toHaveLength(model.lines.length);
    expect(all.filter((s) => s.startsWith("QTY+47:"))).toHaveLength(model.lines.length);
    expect(all.filter((s) => s.startsWith("PRI+AAA:"))).toHaveLength(model.lines.length);
    expect(all).toContain(`CNT+2:${model.lines.length}`);
  });
});
