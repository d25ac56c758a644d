import { describe, expect, it } from "vitest";
import {
  decodeText,
  edifactSegments,
  formatBytes,
  mediaTypeLabel,
  prettyXml,
  previewKind,
  readableText,
} from "./file-text";

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0)).buffer;

describe("file text", () => {
  it("pretty-prints XML, keeping text-only elements on one line", () => {
    const xml =
      '<?xml version="1.0"?><Invoice><cbc:ID schemeID="0037">42</cbc:ID><cac:Party><Name>A &amp; B</Name><Empty/></cac:Party></Invoice>';
    expect(prettyXml(xml)).toBe(
      [
        '<?xml version="1.0"?>',
        "<Invoice>",
        '  <cbc:ID schemeID="0037">42</cbc:ID>',
        "  <cac:Party>",
        "    <Name>A &amp; B</Name>",
        "    <Empty/>",
        "  </cac:Party>",
        "</Invoice>",
      ].join("\n"),
    );
  });

  it("leaves already indented XML as it was", () => {
    const xml = "<a>\n  <b>1</b>\n  <c>\n    <d>2</d>\n  </c>\n</a>";
    expect(prettyXml(xml)).toBe(xml);
  });

  it("puts one EDIFACT segment per line, honouring UNA and the release character", () => {
    const edi = "UNA:+.? 'UNB+UNOC:3+A+B'FTX+AAI+++It?'s here'UNZ+1+X'";
    expect(edifactSegments(edi)).toBe(["UNA:+.? '", "UNB+UNOC:3+A+B'", "FTX+AAI+++It?'s here'", "UNZ+1+X'"].join("\n"));
    expect(edifactSegments("UNB+UNOC:3'\r\nUNZ+1'\r\n")).toBe("UNB+UNOC:3'\nUNZ+1'");
  });

  it("decodes EDIFACT as latin1 and XML as UTF-8 unless a charset is named", () => {
    expect(decodeText(latin1("NAD+BY++Määttä'"), "application/edifact")).toBe("NAD+BY++Määttä'");
    expect(decodeText(new TextEncoder().encode("<a>Määttä</a>").buffer, "application/xml")).toBe("<a>Määttä</a>");
    expect(decodeText(latin1("<a>Ä</a>"), "application/xml; charset=iso-8859-1")).toBe("<a>Ä</a>");
    expect(readableText(latin1("UNB+X'UNZ+1'"), "application/edifact")).toBe("UNB+X'\nUNZ+1'");
  });

  it("names preview kinds, types and sizes", () => {
    expect(previewKind("application/pdf")).toBe("pdf");
    expect(previewKind("text/xml; charset=utf-8")).toBe("xml");
    expect(previewKind("application/zip")).toBeNull();
    expect(mediaTypeLabel("application/edifact")).toBe("EDIFACT");
    expect([formatBytes(824), formatBytes(12_400), formatBytes(3_100_000)]).toEqual(["824 B", "12.4 kB", "3.1 MB"]);
  });
});
