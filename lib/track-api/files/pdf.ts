import { pdfString, textWidth } from "./pdf-text";

/** A drawing operation on a page; coordinates in points from the bottom-left corner of an A4 page. */
export type PdfOp =
  | { kind: "text"; x: number; y: number; text: string; size: number; bold?: boolean; align?: "left" | "right" }
  | { kind: "rule"; x1: number; y1: number; x2: number; y2: number; width?: number }
  | { kind: "box"; x: number; y: number; width: number; height: number; gray: number };

export interface PdfInfo {
  title: string;
  /** ISO 8601 instant, written as the creation date so that the bytes stay deterministic. */
  created: string;
}

export const PAGE_WIDTH = 595;
export const PAGE_HEIGHT = 842;

const num = (value: number) => String(Math.round(value * 100) / 100);

function drawOp(op: PdfOp): string {
  switch (op.kind) {
    case "text": {
      const x = op.align === "right" ? op.x - textWidth(op.text, op.size, op.bold) : op.x;
      return `BT /${op.bold ? "F2" : "F1"} ${num(op.size)} Tf ${num(x)} ${num(op.y)} Td ${pdfString(op.text)} Tj ET`;
    }
    case "rule":
      return `${num(op.width ?? 0.5)} w ${num(op.x1)} ${num(op.y1)} m ${num(op.x2)} ${num(op.y2)} l S`;
    case "box":
      return `${num(op.gray)} g ${num(op.x)} ${num(op.y)} ${num(op.width)} ${num(op.height)} re f 0 g`;
  }
}

function pdfDate(iso: string): string {
  const date = new Date(iso);
  const valid = Number.isNaN(date.getTime()) ? new Date(0) : date;
  return `D:${valid.toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z`;
}

/**
 * A minimal PDF 1.4: catalog, page tree, Helvetica and Helvetica-Bold (WinAnsi), an info dictionary and one
 * uncompressed content stream per page, with an exact cross-reference table.
 * NOTE: every byte is Latin-1 (non-ASCII text is octal-escaped), so string length equals byte length.
 */
export function writePdf(pages: PdfOp[][], info: PdfInfo): Buffer {
  const pageCount = Math.max(1, pages.length);
  const pageId = (index: number) => 6 + index * 2;
  const kids = Array.from({ length: pageCount }, (_, i) => `${pageId(i)} 0 R`).join(" ");
  const objects: string[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    `<< /Title ${pdfString(info.title)} /Producer (Track Monitor) /CreationDate (${pdfDate(info.created)}) >>`,
  ];
  for (let index = 0; index < pageCount; index++) {
    const content = (pages[index] ?? []).map(drawOp).join("\n");
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageId(index) + 1} 0 R >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    );
  }
  let out = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets = objects.map((body, index) => {
    const offset = out.length;
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xrefOffset = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
