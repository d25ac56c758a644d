/** Structural checks of a PDF for tests: header, trailer, cross-reference offsets and stream lengths. */
export function pdfProblems(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  const problems: string[] = [];
  if (!text.startsWith("%PDF-1.4\n")) problems.push("does not start with %PDF-1.4");
  if (!text.endsWith("%%EOF\n")) problems.push("does not end with %%EOF");
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1] ?? -1);
  if (!text.startsWith("xref\n", startxref)) return [...problems, "startxref does not point at the xref table"];
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref)) ?? [];
  const table = text
    .slice(startxref)
    .split("\n")
    .slice(2, 2 + Number(count));
  if (first !== "0" || table[0] !== "0000000000 65535 f ") problems.push("xref table does not start with object 0");
  table.slice(1).forEach((entry, index) => {
    const offset = Number(entry.slice(0, 10));
    if (!/^\d{10} 00000 n $/.test(entry)) problems.push(`xref entry ${index + 1} is malformed`);
    if (!text.startsWith(`${index + 1} 0 obj\n`, offset)) problems.push(`xref entry ${index + 1} misses its object`);
  });
  if (!text.includes(`/Size ${count} `)) problems.push("trailer /Size does not match the xref table");
  for (const match of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    if (!text.startsWith("\nendstream", start + Number(match[1])))
      problems.push(`stream at ${start} has a wrong /Length`);
  }
  return problems;
}
