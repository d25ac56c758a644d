/** Text for the PDF base-14 fonts: WinAnsi bytes, string literals and Helvetica metrics. */

// Windows-1252 characters outside Latin-1, by code point.
const WIN_ANSI_EXTRA: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x2122: 0x99,
  0x0160: 0x8a,
  0x0161: 0x9a,
  0x017d: 0x8e,
  0x017e: 0x9e,
  0x0152: 0x8c,
  0x0153: 0x9c,
  0x0178: 0x9f,
};

/** WinAnsiEncoding bytes of a string; characters Helvetica cannot show become '?'. */
export function winAnsi(text: string): number[] {
  return Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0x3f;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) return code;
    return WIN_ANSI_EXTRA[code] ?? 0x3f;
  });
}

/** A PDF string literal: `(`…`)` with parentheses and backslashes escaped and non-ASCII bytes as octal. */
export function pdfString(text: string): string {
  const body = winAnsi(text)
    .map((byte) => {
      if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
      if (byte < 0x20 || byte > 0x7e) return `\\${byte.toString(8).padStart(3, "0")}`;
      return String.fromCharCode(byte);
    })
    .join("");
  return `(${body})`;
}

// Helvetica advance widths (1/1000 em) of ASCII 32–126, from the standard AFM.
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];

/** Width of a text in points; bold is approximated (Helvetica-Bold is about 5 % wider except for digits). */
export function textWidth(text: string, size: number, bold = false): number {
  const units = winAnsi(text).reduce((sum, byte) => sum + (HELVETICA[byte - 32] ?? 556), 0);
  return (units * size * (bold && /\D/.test(text) ? 1.05 : 1)) / 1000;
}

/** Cuts text with an ellipsis so that it fits `maxWidth` points. */
export function fitText(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size, bold) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
