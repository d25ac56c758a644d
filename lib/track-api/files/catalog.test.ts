import { describe, expect, it } from "vitest";
import { DOCUMENT_TYPES, FORMATS, type Format } from "@/lib/domain/enums";
import { listFiles, renderFile } from "./index";
import { pdfProblems } from "./pdf-check";
import { makeTransaction } from "./test-fixtures";
import { xmlProblem } from "./xml-check";

const EXPECTED: Record<Format, [extension: string, mediaType: string]> = {
  peppolBis3: ["xml", "application/xml"],
  ubl21: ["xml", "application/xml"],
  finvoice3: ["xml", "application/xml"],
  teappsxml3: ["xml", "application/xml"],
  edifact: ["edi", "application/edifact"],
  pdf: ["pdf", "application/pdf"],
};

describe("listFiles", () => {
  it.each(FORMATS)("%s: names the data file by document number and format", (format) => {
    const [extension, mediaType] = EXPECTED[format];
    expect(listFiles(makeTransaction({ format }), 0)).toEqual([
      { id: "document", name: `INV-2026-000123.${extension}`, mediaType, kind: "document", size: expect.any(Number) },
    ]);
  });

  it("lists the attachments as PDFs with stable ids", () => {
    const files = listFiles(makeTransaction(), 3);
    expect(files.map((file) => [file.id, file.name, file.kind, file.mediaType])).toEqual([
      ["document", "INV-2026-000123.xml", "document", "application/xml"],
      ["attachment-1", "INV-2026-000123-invoice-image.pdf", "attachment", "application/pdf"],
      ["attachment-2", "INV-2026-000123-delivery-note.pdf", "attachment", "application/pdf"],
      ["attachment-3", "INV-2026-000123-terms-and-conditions.pdf", "attachment", "application/pdf"],
    ]);
    expect(new Set(listFiles(makeTransaction(), 7).map((file) => file.name)).size).toBe(8);
  });

  it("makes file names safe when the document number is not", () => {
    expect(listFiles(makeTransaction({ documentNumber: "../INV 1/2?" }), 0)[0].name).toBe("INV_1_2_.xml");
  });

  it("reports exactly the size of the rendered content", () => {
    for (const format of FORMATS) {
      const tx = makeTransaction({ format, sender: { id: "0037:12345678", name: "Äänekosken Öljy & Co" } });
      for (const file of listFiles(tx, 2)) expect(file.size).toBe(renderFile(tx, 2, file.id)!.content.length);
    }
  });
});

describe("renderFile", () => {
  it("returns identical bytes for the same transaction and different bytes for another", () => {
    for (const format of FORMATS) {
      const tx = makeTransaction({ format });
      for (const id of ["document", "attachment-1"]) {
        const content = renderFile(tx, 1, id)!.content;
        expect(renderFile({ ...tx }, 1, id)!.content.equals(content)).toBe(true);
        expect(renderFile({ ...tx, id: "tx-999" }, 1, id)!.content.equals(content)).toBe(false);
      }
    }
  });

  it("returns null for an unknown file id or an attachment beyond the count", () => {
    const tx = makeTransaction();
    expect(renderFile(tx, 2, "nope")).toBeNull();
    expect(renderFile(tx, 2, "attachment-0")).toBeNull();
    expect(renderFile(tx, 2, "attachment-3")).toBeNull();
    expect(renderFile(tx, 0, "attachment-1")).toBeNull();
    expect(renderFile(tx, 2, "attachment-2")?.file).toMatchObject({ id: "attachment-2", kind: "attachment" });
  });

  it.each(FORMATS.flatMap((format) => DOCUMENT_TYPES.map((documentType) => [format, documentType] as const)))(
    "%s %s: well-formed, with names escaped",
    (format, documentType) => {
      const name = `Tom & Jerry's <"Best"> Oy`;
      const tx = makeTransaction({ format, documentType, sender: { id: "0037:12345678", name }, amount: 99.9 });
      const { content } = renderFile(tx, 1, "document")!;
      if (format === "pdf") {
        expect(pdfProblems(content)).toEqual([]);
        expect(content.toString("latin1")).toContain(`(Tom & Jerry's <"Best"> Oy)`);
      } else if (format !== "edifact") {
        const xml = content.toString("utf8");
        expect(xmlProblem(xml)).toBeNull();
        expect(xml).toContain("Tom &amp; Jerry&apos;s &lt;&quot;Best&quot;&gt; Oy");
        expect(xml).not.toContain(name);
      }
      expect(pdfProblems(renderFile(tx, 1, "attachment-1")!.content)).toEqual([]);
    },
  );
});
