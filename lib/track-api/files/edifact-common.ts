import { chunk35, segment } from "./edifact";
import type { DocumentLine } from "./lines";
import type { DocumentModel } from "./model";
import { formatCents, formatRate } from "./money";
import type { PartyDetails } from "./parties";

/** `DTM+qualifier:CCYYMMDD:102` from a `2026-01-31` date. */
export const dtm = (qualifier: string, date: string) => segment("DTM", [qualifier, date.replaceAll("-", ""), "102"]);

export const moa = (qualifier: string, cents: number) => segment("MOA", [qualifier, formatCents(cents)]);

/** NAD with structured name and address, followed by the party's VAT number when `withVat`. */
export function nad(qualifier: string, party: PartyDetails, withVat = true): string[] {
  const agency = party.scheme === "0088" ? "9" : "ZZZ";
  return [
    segment(
      "NAD",
      qualifier,
      [party.ediAddress.slice(0, 35), null, agency],
      null,
      chunk35(party.name, 5),
      chunk35(party.street, 4),
      party.city.slice(0, 35),
      null,
      party.postalCode.slice(0, 9),
      party.country,
    ),
    ...(withVat ? [segment("RFF", ["VA", party.vatId])] : []),
  ];
}

export const taxSegment = (model: DocumentModel) =>
  segment("TAX", "7", "VAT", null, null, [null, null, null, formatRate(model.vatRate)], model.vatCategory);

export interface LineOptions {
  /** QTY qualifier: 47 invoiced, 21 ordered, 12 despatched. */
  quantity: string;
  priced: boolean;
  /** LIN action code (ORDRSP: 5 = accepted without amendment). */
  action?: string;
}

/** The LIN group of one line: item ids, description, quantity and, when priced, amount, price and tax. */
export function lineSegments(line: DocumentLine, model: DocumentModel, options: LineOptions): string[] {
  return [
    segment("LIN", line.number, options.action),
    segment("PIA", "5", [line.item.id, "SA"]),
    segment("IMD", "F", null, [null, null, null, ...chunk35(line.item.name, 2)]),
    segment("QTY", [options.quantity, line.quantity, line.item.unit.edifact]),
    ...(options.priced
      ? [moa("203", line.net), segment("PRI", ["AAA", formatCents(line.unitPrice)]), taxSegment(model)]
      : []),
  ];
}
