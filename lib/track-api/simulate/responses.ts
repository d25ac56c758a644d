import type { BusinessStatus, EventLevel, EventType } from "@/lib/domain/enums";
import type { Rng, WeightedPair } from "./rng";
import type { Route } from "./delivery-routes";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A response from the recipient, due `delay` ms after the previous event. */
export interface PlannedResponse {
  type: Extract<EventType, "MLR_RECEIVED" | "INVOICE_RESPONSE_RECEIVED">;
  businessStatus: BusinessStatus;
  level: EventLevel;
  message: string;
  delay: number;
  /** For a rejection: the reason the recipient gave. */
  reason?: string;
}

// UNCL 4343 response codes as Peppol invoice responses carry them.
const IR_CODE: Record<BusinessStatus, string> = {
  acknowledged: "AB Message acknowledged",
  inProcess: "IP In process",
  underQuery: "UQ Under query",
  accepted: "AP Accepted",
  paid: "PD Paid",
  rejected: "RE Rejected",
};

const IR_PATHS: WeightedPair<BusinessStatus[]>[] = [
  [["acknowledged"], 2],
  [["accepted"], 3],
  [["accepted", "paid"], 3],
  [["inProcess", "accepted", "paid"], 1],
  [["underQuery"], 1],
  [["underQuery", "accepted"], 1],
];

const REJECT_REASONS = [
  "REF Purchase order reference missing or unknown",
  "PRI Prices do not match the agreement",
  "QTY Quantities do not match the delivery",
  "LEG Legal information incomplete",
  "PAY Payment terms incorrect",
  "UNR Not recognised as our purchase",
];

/** Whether the recipient answers with invoice responses: invoices reaching a Peppol or API receiver. */
export function canInvoiceRespond(route: Route): boolean {
  const invoiceLike = route.documentType === "invoice" || route.documentType === "creditNote";
  return invoiceLike && (route.outChannel === "peppol" || route.outChannel === "api");
}

/** Whether the receiving access point can send a Peppol message level response. */
export function canMlr(route: Route): boolean {
  return route.outChannel === "peppol" && route.documentType !== "invoiceResponse";
}

/** Responses a delivered, accepted document sometimes gets: an MLR within minutes, invoice responses later. */
export function planResponses(rng: Rng, route: Route): PlannedResponse[] {
  const out: PlannedResponse[] = [];
  if (canMlr(route) && rng.chance(0.2)) {
    const status: BusinessStatus = rng.chance(0.6) ? "acknowledged" : "accepted";
    const code = status === "accepted" ? "AP" : "AB";
    const message = `Message level response ${code}: ${status}`;
    out.push({
      type: "MLR_RECEIVED",
      businessStatus: status,
      level: "INFO",
      message,
      delay: rng.lognormal(2 * MINUTE, 1),
    });
  }
  if (canInvoiceRespond(route) && rng.chance(0.4)) {
    rng.weighted(IR_PATHS).forEach((status, i) => {
      // Payment follows days after acceptance; other updates within a day or so.
      const later = status === "paid" ? 120 * HOUR : 20 * HOUR;
      const delay = i === 0 ? rng.lognormal(3 * HOUR, 0.9) : rng.lognormal(later, 0.5);
      const level: EventLevel = status === "underQuery" ? "WARNING" : "INFO";
      const message = `Invoice response ${IR_CODE[status]}`;
      out.push({ type: "INVOICE_RESPONSE_RECEIVED", businessStatus: status, level, message, delay });
    });
  }
  return out;
}

/** The negative response of a recipient that rejects the document, or null when it cannot respond. */
export function planRejection(rng: Rng, route: Route): PlannedResponse | null {
  const reason = rng.pick(REJECT_REASONS);
  if (canInvoiceRespond(route)) {
    const message = `Invoice response RE Rejected: ${reason}`;
    const delay = rng.lognormal(4 * HOUR, 0.9);
    return { type: "INVOICE_RESPONSE_RECEIVED", businessStatus: "rejected", level: "WARNING", message, delay, reason };
  }
  if (canMlr(route)) {
    const message = `Message level response RE: ${reason}`;
    const delay = rng.lognormal(3 * MINUTE, 0.8);
    return { type: "MLR_RECEIVED", businessStatus: "rejected", level: "WARNING", message, delay, reason };
  }
  return null;
}
