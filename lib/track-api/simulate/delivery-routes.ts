import type { Channel, Direction, DocumentType, Format } from "@/lib/domain/enums";
import type { Party } from "@/lib/domain/transaction";
import type { Integration, Partner, TenantProfile } from "./profiles";
import type { Rng } from "./rng";

/** The formats each channel carries: Peppol carries BIS 3/UBL, EDIFACT goes over AS2/SFTP, PDF by mail or portal. */
export const CHANNEL_FORMATS: Record<Channel, readonly Format[]> = {
  peppol: ["peppolBis3", "ubl21"],
  as2: ["edifact"],
  sftp: ["edifact", "finvoice3", "teappsxml3", "ubl21"],
  api: ["peppolBis3", "ubl21", "finvoice3", "teappsxml3"],
  email: ["pdf"],
  print: ["pdf"],
  portal: ["pdf"],
};

/** The path one document takes: who sends it to whom, and on which channels in which formats. */
export interface Route {
  direction: Direction;
  documentType: DocumentType;
  partner: Partner;
  sender: Party;
  receiver: Party;
  inChannel: Channel;
  outChannel: Channel;
  /** The format the document arrives in (the transaction's `format`). */
  format: Format;
  /** The format delivered; a conversion step runs when it differs from `format`. */
  outFormat: Format;
  serviceProfile: string;
}

const INVOICE_LIKE: readonly DocumentType[] = ["invoice", "creditNote"];
// The tenant answers invoices it receives from its accounts-payable system, always as Peppol BIS 3.
const RESPONSE_INTEGRATION: Integration = { channel: "api", format: "peppolBis3" };

function tenantIntegration(rng: Rng, profile: TenantProfile, type: DocumentType): Integration {
  if (type === "invoiceResponse") return RESPONSE_INTEGRATION;
  const { invoicing, supplyChain } = profile.integrations;
  return rng.weighted(INVOICE_LIKE.includes(type) ? invoicing : supplyChain);
}

function serviceProfile(type: DocumentType, direction: Direction, format: Format, peppolPassThrough: boolean): string {
  if (peppolPassThrough) return "Peppol Access Point";
  const inbound = direction === "inbound";
  switch (type) {
    case "invoice":
    case "creditNote":
      if (inbound) return format === "pdf" ? "Scan & Capture" : "E-invoice Receiving";
      return "E-invoice Sending";
    case "invoiceResponse":
      return inbound ? "E-invoice Sending" : "E-invoice Receiving";
    case "order":
      return inbound ? "Order-to-Cash" : "Purchase-to-Pay";
    case "orderResponse":
    case "despatchAdvice":
      return inbound ? "Purchase-to-Pay" : "Order-to-Cash";
  }
}

/** Chooses direction, document type, partner, channels and formats for one new transaction. */
export function pickRoute(rng: Rng, profile: TenantProfile): Route {
  const direction: Direction = rng.chance(profile.outboundShare) ? "outbound" : "inbound";
  const documentType = rng.weighted(profile.documentMix);
  const partner = rng.weighted(profile.partnersByType[documentType]);
  const own = tenantIntegration(rng, profile, documentType);
  const inbound = direction === "inbound";
  const partnerChannel = inbound ? partner.sendChannel : partner.receiveChannel;
  const passThrough =
    documentType !== "invoiceResponse" && partnerChannel === "peppol" && own.format === partner.format;
  return {
    direction,
    documentType,
    partner,
    sender: inbound ? partner.party : profile.self,
    receiver: inbound ? profile.self : partner.party,
    inChannel: inbound ? partnerChannel : own.channel,
    outChannel: inbound ? own.channel : partnerChannel,
    format: inbound ? partner.format : own.format,
    outFormat: inbound ? own.format : partner.format,
    serviceProfile: serviceProfile(documentType, direction, partner.format, passThrough),
  };
}
