/**
 * A small XML 1.0 well-formedness check for tests (no dependencies): one root, matching tags, quoted and
 * unique attributes, and `&` only in entity references. Returns the first problem, or null.
 */
export function xmlProblem(xml: string): string | null {
  const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const START_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  const END_TAG = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
  const stack: string[] = [];
  let rootSeen = false;
  let i = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length === 0 && text.trim()) return `text outside the root element: ${text.trim().slice(0, 30)}`;
    if (BAD_AMPERSAND.test(text)) return `unescaped & in text near ${text.slice(0, 30)}`;
    if (lt === -1) break;
    if (xml.startsWith("<!--", lt) || xml.startsWith("<?", lt)) {
      const terminator = xml.startsWith("<!--", lt) ? "-->" : "?>";
      const end = xml.indexOf(terminator, lt);
      if (end === -1) return "unterminated comment or processing instruction";
      i = end + terminator.length;
      continue;
    }
    END_TAG.lastIndex = lt;
    START_TAG.lastIndex = lt;
    const end = END_TAG.exec(xml);
    const start = end ? null : START_TAG.exec(xml);
    if (end) {
      const open = stack.pop();
      if (open !== end[1]) return `</${end[1]}> closes <${open ?? "nothing"}>`;
      i = END_TAG.lastIndex;
    } else if (start) {
      if (stack.length === 0 && rootSeen) return `second root element <${start[1]}>`;
      const names = [...start[2].matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((match) => match[1]);
      if (new Set(names).size !== names.length) return `duplicate attribute in <${start[1]}>`;
      if (BAD_AMPERSAND.test(start[2])) return `unescaped & in an attribute of <${start[1]}>`;
      rootSeen = true;
      if (!start[3]) stack.push(start[1]);
      i = START_TAG.lastIndex;
    } else {
      return `malformed markup at ${xml.slice(lt, lt + 30)}`;
    }
  }
  if (stack.length) return `unclosed <${stack[stack.length - 1]}>`;
  return rootSeen ? null : "no root element";
}
