/** A tiny XML builder: renderers describe trees, this file owns escaping and layout. */

export interface XmlElement {
  kind: "element";
  name: string;
  attributes: Record<string, string | number | null | undefined>;
  children: XmlChild[];
}
export type XmlChild = XmlElement | string | number | null | undefined | false | XmlChild[];
type Attributes = XmlElement["attributes"];

function isAttributes(value: unknown): value is Attributes {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !("kind" in value);
}

/** `el("cbc:ID", { schemeID: "0037" }, "123")` or `el("cac:Party", child, child)`; null children are skipped. */
export function el(name: string, attributes?: Attributes | XmlChild, ...children: XmlChild[]): XmlElement {
  return isAttributes(attributes)
    ? { kind: "element", name, attributes, children }
    : { kind: "element", name, attributes: {}, children: [attributes, ...children] };
}

// XML 1.0 forbids most control characters and lone surrogates even when escaped.
const INVALID_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes a text or attribute value and drops characters XML cannot carry. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_CHARS, "").replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

function flatten(children: XmlChild[]): (XmlElement | string)[] {
  return children.flatMap((child): (XmlElement | string)[] => {
    if (Array.isArray(child)) return flatten(child);
    if (child === null || child === undefined || child === false) return [];
    return [typeof child === "number" ? String(child) : child];
  });
}

function serialize(node: XmlElement, indent: string): string {
  const attributes = Object.entries(node.attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
  const children = flatten(node.children);
  if (children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  if (children.every((child) => typeof child === "string")) {
    return `${indent}<${node.name}${attributes}>${escapeXml(children.join(""))}</${node.name}>`;
  }
  const inner = children.map((child) =>
    typeof child === "string" ? `${indent}  ${escapeXml(child)}` : serialize(child, `${indent}  `),
  );
  return `${indent}<${node.name}${attributes}>\n${inner.join("\n")}\n${indent}</${node.name}>`;
}

/** The document as UTF-8 bytes, with declaration, two-space indentation and a final newline. */
export function renderXml(root: XmlElement): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root, "")}\n`, "utf8");
}
