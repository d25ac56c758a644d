import type { Channel, DocumentType } from "@/lib/domain/enums";
import type { Country } from "./participant-ids";
import type { Rng, WeightedPair } from "./rng";

const HOUR = 3_600_000;

const NUMBER_PREFIX: Record<DocumentType, string> = {
  invoice: "INV",
  creditNote: "CN",
  order: "PO",
  orderResponse: "ORDRSP",
  despatchAdvice: "DESADV",
  invoiceResponse: "IR",
};

/** A document number such as `INV-2026-000123`: type prefix, year received, running number. */
export function documentNumber(type: DocumentType, receivedAt: number, seq: number): string {
  const year = new Date(receivedAt).getUTCFullYear();
  return `${NUMBER_PREFIX[type]}-${year}-${String(seq).padStart(6, "0")}`;
}

const CURRENCIES: Record<Country, WeightedPair<string>[]> = {
  FI: [
    ["EUR", 96],
    ["USD", 3],
    ["SEK", 1],
  ],
  SE: [
    ["SEK", 75],
    ["EUR", 22],
    ["USD", 3],
  ],
  NO: [
    ["NOK", 75],
    ["EUR", 20],
    ["USD", 5],
  ],
  BE: [
    ["EUR", 95],
    ["USD", 5],
  ],
  DE: [
    ["EUR", 95],
    ["USD", 5],
  ],
  NL: [
    ["EUR", 94],
    ["USD", 6],
  ],
};

// Rough value of one unit of the currency in EUR, so amounts stay comparable across currencies.
const PER_EUR: Record<string, number> = { EUR: 1, USD: 1.08, SEK: 11.4, NOK: 11.7 };

/** Amount and currency of an invoice or credit note (null for other documents), log-normally spread. */
export function documentAmount(
  rng: Rng,
  type: DocumentType,
  partnerCountry: Country,
): { amount: number; currency: string } | null {
  if (type !== "invoice" && type !== "creditNote") return null;
  const currency = rng.weighted(CURRENCIES[partnerCountry]);
  const eur = type === "invoice" ? rng.lognormal(850, 1.25) : rng.lognormal(220, 1.1);
  const clamped = Math.min(Math.max(eur, 4.5), 2_500_000);
  return { amount: Math.round(clamped * PER_EUR[currency] * 100) / 100, currency };
}

/** How many attachments travel with the document: about 30% of invoices carry one, a few two. */
export function attachmentCount(rng: Rng, type: DocumentType): number {
  const p = type === "invoice" ? 0.3 : type === "creditNote" ? 0.1 : type === "order" ? 0.05 : 0;
  if (!rng.chance(p)) return 0;
  return rng.chance(0.15) ? 2 : 1;
}

/** The delivery time agreed for the outgoing channel: 4 h on Peppol, 24 h for print and e-mail. */
export function slaMs(outChannel: Channel): number {
  switch (outChannel) {
    case "peppol":
      return 4 * HOUR;
    case "print":
    case "email":
      return 24 * HOUR;
    default:
      return 8 * HOUR;
  }
}
