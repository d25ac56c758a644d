import { describe, expect, it } from "vitest";
import { el, escapeXml, renderXml } from "./xml";
import { xmlProblem } from "./xml-check";

describe("escapeXml", () => {
  it("escapes the five special characters", () => {
    expect(escapeXml(`A & B <C> "D" 'E'`)).toBe("A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;");
  });

  it("drops characters XML 1.0 cannot carry, keeps tabs, newlines and astral characters", () => {
    expect(escapeXml("a\u0000b\u001Fc\uFFFEd\uD800e\tf\ng😀")).toBe("abcde\tf\ng😀");
  });
});

describe("renderXml", () => {
  it("escapes text and attribute values and skips empty children and null attributes", () => {
    const xml = renderXml(
      el("Root", { a: `x"&<y`, skipped: null }, el("Name", "Tom & Jerry <Ltd>"), null, false, el("Empty")),
    ).toString("utf8");
    expect(xml).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Root a="x&quot;&amp;&lt;y">\n  <Name>Tom &amp; Jerry &lt;Ltd&gt;</Name>\n  <Empty/>\n</Root>\n`,
    );
    expect(xmlProblem(xml)).toBeNull();
  });

  it("is UTF-8 encoded", () => {
    expect(renderXml(el("A", "Hämeenkatu")).includes(Buffer.from("Hämeenkatu", "utf8"))).toBe(true);
  });
});

describe("xmlProblem (the test helper itself)", () => {
  it.each([
    ["<a><b></a></b>", "closes"],
    ["<a>x & y</a>", "unescaped &"],
    ["<a/><b/>", "second root"],
    ["<a><b></b>", "unclosed"],
    ['<a x="1" x="2"/>', "duplicate attribute"],
    ["<a x=1/>", "malformed"],
    ["<a>1 < 2</a>", "malformed"],
    ["text<a/>", "outside the root"],
    ["", "no root"],
  ])("rejects %s", (xml, problem) => {
    expect(xmlProblem(xml)).toContain(problem);
  });

  it("accepts declarations, comments, entities and self-closing tags", () => {
    expect(xmlProblem("<?xml version=\"1.0\"?>\n<!-- c --><r a='&amp;'><x:y/>&lt;&#38;&#x26;</r>\n")).toBeNull();
  });
});
