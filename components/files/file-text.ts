/** Pure helpers that turn a file's bytes into something a person can read. */

/** "application/edifact; charset=…" → its charset label, when named. */
function charsetOf(contentType: string): string | undefined {
  return /charset="?([\w-]+)"?/i.exec(contentType)?.[1];
}

/** The media type without parameters, lower-cased. */
export const baseMediaType = (contentType: string): string => contentType.split(";")[0].trim().toLowerCase();

/** How a file is previewed: PDF in a frame, EDIFACT and XML as text, anything else not at all. */
export function previewKind(mediaType: string): "pdf" | "xml" | "edifact" | null {
  const type = baseMediaType(mediaType);
  if (type === "application/pdf") return "pdf";
  if (type === "application/edifact" || type === "application/edi-x12") return "edifact";
  if (type.endsWith("/xml") || type.endsWith("+xml")) return "xml";
  return null;
}

/**
 * Decodes a file's bytes. NOTE: EDIFACT interchanges (UNOC) are ISO-8859-1, not UTF-8, so they decode
 * as latin1 unless the server names another charset.
 */
export function decodeText(bytes: ArrayBuffer, contentType: string): string {
  const fallback = previewKind(contentType) === "edifact" ? "iso-8859-1" : "utf-8";
  const label = charsetOf(contentType) ?? fallback;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder(fallback).decode(bytes);
  }
}

const XML_TOKEN = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<[^>]+>)/;

/** Re-indents XML two spaces per level; an element holding only text stays on one line. */
export function prettyXml(xml: string): string {
  const tokens = xml.split(XML_TOKEN).filter((token) => token.trim() !== "");
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i].trim();
    const pad = "  ".repeat(depth);
    const isTag = token.startsWith("<") && !token.startsWith("<![CDATA[");
    if (isTag && token.startsWith("</")) {
      depth = Math.max(0, depth - 1);
      lines.push("  ".repeat(depth) + token);
    } else if (isTag && /^<[^!?]/.test(token) && !token.endsWith("/>")) {
      const [text, close] = [tokens[i + 1], tokens[i + 2]];
      if (text !== undefined && close?.trim().startsWith("</") && !text.trim().startsWith("<")) {
        lines.push(pad + token + text.trim() + close.trim());
        i += 2;
      } else {
        lines.push(pad + token);
        depth++;
      }
    } else {
      lines.push(pad + token);
    }
  }
  return lines.join("\n");
}

/**
 * One EDIFACT segment per line. The UNA service string advice, when present, names the release
 * character and segment terminator; a terminator escaped by the release character does not end a segment.
 */
export function edifactSegments(text: string): string {
  const source = text.replace(/^\uFEFF/, "");
  const una = source.startsWith("UNA") ? source.slice(0, 9) : "";
  const release = una ? una[6] : "?";
  const terminator = una ? una[8] : "'";
  const body = source.slice(una.length);
  const segments: string[] = [];
  let current = "";
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === release && i + 1 < body.length) {
      current += char + body[++i];
    } else if (char === terminator) {
      segments.push(current.trim() + terminator);
      current = "";
    } else if (char !== "\r" && char !== "\n") {
      current += char;
    }
  }
  if (current.trim()) segments.push(current.trim());
  return [una, ...segments].filter(Boolean).join("\n");
}

/** The readable text of an XML or EDIFACT file. */
export function readableText(bytes: ArrayBuffer, contentType: string, mediaType = contentType): string {
  const text = decodeText(bytes, contentType || mediaType);
  return previewKind(mediaType) === "edifact" ? edifactSegments(text) : prettyXml(text);
}

/** "824 B", "12.4 kB", "3.1 MB". */
export function formatBytes(size: number): string {
  if (size < 1000) return `${size} B`;
  if (size < 1_000_000) return `${(size / 1000).toFixed(1)} kB`;
  return `${(size / 1_000_000).toFixed(1)} MB`;
}

/** "XML", "EDIFACT", "PDF" or the media type itself. */
export function mediaTypeLabel(mediaType: string): string {
  const kind = previewKind(mediaType);
  return kind ? kind.toUpperCase() : baseMediaType(mediaType);
}
