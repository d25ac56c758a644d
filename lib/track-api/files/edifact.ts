import type { DocumentModel } from "./model";
import type { PartyDetails } from "./parties";
import { seededRandom } from "./random";

/** A data element: a simple value or the components of a composite. */
export type Element = string | number | null | undefined | readonly (string | number | null | undefined)[];

// UNA: component ':', element '+', decimal '.', release '?', reserved ' ', segment terminator "'".
const UNA = "UNA:+.? '";

/** Escapes a value with the release character; Latin-1 is all UNOC can carry, so other characters become '?'. */
export function escapeEdifact(value: string | number): string {
  return String(value)
    .replace(/[\r\n\t]+/g, " ")
    .replace(/[^\u0020-\u007E\u00A0-\u00FF]/gu, "?")
    .replace(/[?:+']/g, "?$&");
}

/** One segment without terminator; trailing empty components and elements are dropped. */
export function segment(tag: string, ...elements: Element[]): string {
  const encoded = elements.map((element) =>
    dropTrailingEmpty(
      (Array.isArray(element) ? element : [element]).map((c) =>
        c === null || c === undefined ? "" : escapeEdifact(c),
      ),
    ).join(":"),
  );
  return [tag, ...dropTrailingEmpty(encoded)].join("+");
}

// NOTE: trimmed before joining, so an escaped separator at the end of a value (`?:`) is never cut.
function dropTrailingEmpty(values: string[]): string[] {
  let end = values.length;
  while (end > 0 && values[end - 1] === "") end--;
  return values.slice(0, end);
}

/** Splits text at spaces into at most `parts` components of up to 35 characters (names and addresses are an..35). */
export function chunk35(text: string, parts: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const word of text.split(" ").flatMap((w) => w.match(/.{1,35}/gsu) ?? [""])) {
    const candidate = current ? `${current} ${word}` : word;
    if ([...candidate].length > 35) {
      chunks.push(current);
      current = word;
    } else current = candidate;
  }
  return [...chunks, current].slice(0, parts);
}

function interchangeAddress(party: PartyDetails): [string, string] {
  // 14 = GS1 GLN; 30 = ISO 6523 (ICD + id, the Finnish OVT style).
  return party.scheme === "0088" ? [party.id, "14"] : [party.ediAddress.slice(0, 35), "30"];
}

/**
 * Wraps message segments in UNA/UNB/UNH…UNT/UNZ. UNT counts UNH through UNT inclusive.
 * NOTE: segments end with `'` plus a newline for readability; the newline is not part of the syntax.
 */
export function interchange(model: DocumentModel, messageType: string, body: string[]): Buffer {
  const reference = seededRandom(`unb:${model.number}:${model.issueDate}T${model.issueTime}`).digits(10);
  const date = model.issueDate.replaceAll("-", "").slice(2);
  const time = model.issueTime.slice(0, 5).replace(":", "");
  const message = [segment("UNH", "1", [messageType, "D", "96A", "UN"]), ...body];
  message.push(segment("UNT", message.length + 1, "1"));
  const segments = [
    segment(
      "UNB",
      ["UNOC", "3"],
      interchangeAddress(model.sender),
      interchangeAddress(model.receiver),
      [date, time],
      reference,
    ),
    ...message,
    segment("UNZ", "1", reference),
  ];
  return Buffer.from(`${UNA}\n${segments.map((s) => `${s}'\n`).join("")}`, "latin1");
}
