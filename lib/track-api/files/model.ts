import type { BusinessStatus, DocumentType } from "@/lib/domain/enums";
import type { Transaction } from "@/lib/domain/transaction";
import { countryOf } from "./countries";
import { isoDate, isoTime } from "./dates";
import { splitIntoLines, type DocumentLine } from "./lines";
import { netForGross, toCents, type Cents } from "./money";
import { partyDetails, type PartyDetails } from "./parties";
import { seededRandom, type Random } from "./random";
import { finnishReference, relatedReferences } from "./references";

/** Everything a renderer needs, derived deterministically from a transaction. */
export interface DocumentModel {
  type: DocumentType;
  number: string;
  issueDate: string;
  issueTime: string;
  dueDate: string;
  deliveryDate: string;
  currency: string;
  sender: PartyDetails;
  receiver: PartyDetails;
  seller: PartyDetails;
  buyer: PartyDetails;
  lines: DocumentLine[];
  /** UNCL5305 category: standard rate, or zero rated when no rate can produce the exact total. */
  vatCategory: "S" | "Z";
  vatRate: number;
  /** `gross = net + vat`, and `net` is the sum of the line nets. For a credit note, the amount credited. */
  totals: { net: Cents; vat: Cents; gross: Cents };
  paymentTermsDays: number;
  paymentReference: string;
  orderReference: string;
  invoiceReference: string;
  /** UNCL4343 response code and its text, for invoice responses. */
  response: { code: string; text: string };
}

const RESPONSES: Record<BusinessStatus, { code: string; text: string }> = {
  acknowledged: { code: "AB", text: "Message acknowledged" },
  accepted: { code: "AP", text: "Accepted" },
  inProcess: { code: "IP", text: "In process" },
  underQuery: { code: "UQ", text: "Under query" },
  paid: { code: "PD", text: "Paid" },
  rejected: { code: "RE", text: "Rejected" },
};

/** Document types the seller sends; the buyer sends the others (orders, invoice responses). */
const SENT_BY_SELLER: readonly DocumentType[] = ["invoice", "creditNote", "orderResponse", "despatchAdvice"];

/** Builds the document model of a transaction: the same transaction always gives the same model. */
export function buildModel(tx: Transaction): DocumentModel {
  const random = seededRandom(`document:${tx.id}`);
  const type = tx.documentType ?? "invoice";
  const sender = partyDetails(tx.sender, "Unknown sender");
  const receiver = partyDetails(tx.receiver, "Unknown receiver");
  const sellerSends = SENT_BY_SELLER.includes(type);
  const seller = sellerSends ? sender : receiver;
  const given = tx.amount === null ? null : toCents(tx.amount);
  const derived = Math.round(10 ** (3.3 + random.next() * 4.1));
  const gross = given === null ? derived : type === "creditNote" ? Math.abs(given) : given;
  const { rate, net } = chooseRate(gross, countryOf(seller.scheme, seller.id).vatRates, random);
  const sign = net < 0 ? -1 : 1;
  const lines = splitIntoLines(Math.abs(net), random).map((line) => ({
    ...line,
    quantity: sign * line.quantity,
    net: sign * line.net + 0,
  }));
  const terms = random.pick([14, 14, 21, 30, 30, 45, 60]);
  const number = tx.documentNumber?.trim() || tx.id;
  const paymentReference = finnishReference(`${random.digits(3)}${number}`);
  const related = relatedReferences(isoDate(tx.receivedAt).slice(0, 4), random);
  return {
    type,
    number,
    issueDate: isoDate(tx.receivedAt),
    issueTime: isoTime(tx.receivedAt),
    dueDate: isoDate(tx.receivedAt, terms),
    deliveryDate: isoDate(tx.receivedAt, -random.int(1, 10)),
    currency: tx.currency ?? "EUR",
    sender,
    receiver,
    seller,
    buyer: sellerSends ? receiver : sender,
    lines,
    vatCategory: rate === 0 ? "Z" : "S",
    vatRate: rate,
    totals: { net, vat: gross - net, gross },
    paymentTermsDays: terms,
    paymentReference,
    orderReference: related.order,
    invoiceReference: related.invoice,
    response: RESPONSES[tx.businessStatus ?? "acknowledged"],
  };
}

/**
 * A VAT rate of the seller's country for which some net gives exactly `gross` after VAT rounding; mostly the
 * standard rate. Zero rate (category Z) is the last resort, as about 1 in 500 totals is skipped by every rate.
 */
function chooseRate(gross: Cents, rates: readonly number[], random: Random): { rate: number; net: Cents } {
  const preferred = random.next() < 0.8 ? 0 : random.int(0, rates.length - 1);
  const candidates = [rates[preferred], ...rates.filter((_, index) => index !== preferred)];
  for (const rate of candidates) {
    const net = netForGross(gross, rate);
    if (net !== null) return { rate, net };
  }
  return { rate: 0, net: gross };
}
