import type { Channel, DocumentType, Format } from "@/lib/domain/enums";
import { DOCUMENT_TYPES } from "@/lib/domain/enums";
import type { Party } from "@/lib/domain/transaction";
import { legalForm, mailDomain } from "./names";
import type { Country } from "./participant-ids";
import { participantId } from "./participant-ids";
import { makePartners, type Partner } from "./partners";
import { Rng, type Seed, type WeightedPair } from "./rng";

export type { Partner, PartnerKind } from "./partners";

/** How the tenant's own systems exchange documents with the network: one channel, one format. */
export interface Integration {
  channel: Channel;
  format: Format;
}

/** Everything that shapes one tenant's traffic; built deterministically from tenant id and seed. */
export interface TenantProfile {
  tenantId: string;
  self: Party;
  country: Country;
  partners: Partner[];
  /** Share of transactions the tenant sends (the rest it receives). */
  outboundShare: number;
  documentMix: WeightedPair<DocumentType>[];
  /** Integrations for invoices and credit notes, and for orders, order responses and despatch advices. */
  integrations: { invoicing: WeightedPair<Integration>[]; supplyChain: WeightedPair<Integration>[] };
  /** For each document type, the partners that exchange it, weighted by their traffic volume. */
  partnersByType: Record<DocumentType, WeightedPair<Partner>[]>;
}

const KNOWN_TENANTS: Record<string, { name: string; country: Country }> = {
  acme: { name: "Acme Oy", country: "FI" },
  globex: { name: "Globex AB", country: "SE" },
};

// Mostly invoices, then orders, order responses, despatch advices, credit notes, invoice responses.
const DOCUMENT_MIX: WeightedPair<DocumentType>[] = [
  ["invoice", 55],
  ["order", 13],
  ["orderResponse", 9],
  ["despatchAdvice", 8],
  ["creditNote", 7],
  ["invoiceResponse", 5],
];

const INVOICING: Record<"FI" | "other", WeightedPair<Integration>[]> = {
  FI: [
    [{ channel: "api", format: "peppolBis3" }, 3],
    [{ channel: "api", format: "ubl21" }, 2],
    [{ channel: "sftp", format: "finvoice3" }, 3],
    [{ channel: "sftp", format: "teappsxml3" }, 1],
  ],
  other: [
    [{ channel: "api", format: "peppolBis3" }, 3],
    [{ channel: "api", format: "ubl21" }, 2],
    [{ channel: "sftp", format: "ubl21" }, 1],
  ],
};

const SUPPLY_CHAIN: WeightedPair<Integration>[] = [
  [{ channel: "as2", format: "edifact" }, 3],
  [{ channel: "sftp", format: "edifact" }, 2],
  [{ channel: "api", format: "ubl21" }, 2],
  [{ channel: "api", format: "peppolBis3" }, 1],
];

// One main integration and, for some tenants, a second one carrying a smaller share.
function chooseIntegrations(rng: Rng, options: WeightedPair<Integration>[]): WeightedPair<Integration>[] {
  const main = rng.weighted(options);
  const rest = options.filter(([i]) => i !== main);
  return rng.chance(0.6)
    ? [
        [main, 3],
        [rng.weighted(rest), 1],
      ]
    : [[main, 1]];
}

function selfParty(rng: Rng, tenantId: string): { party: Party; country: Country } {
  const known = KNOWN_TENANTS[tenantId.toLowerCase()];
  const country = known?.country ?? rng.pick<Country>(["FI", "FI", "SE", "NO"]);
  const base =
    tenantId
      .replace(/[-_.]+/g, " ")
      .replace(/\b\p{L}/gu, (c) => c.toUpperCase())
      .trim() || "Tenant";
  const name = known?.name ?? `${base} ${legalForm(country)}`;
  return { party: { id: participantId(rng, country), name }, country };
}

/** Builds the traffic profile of a tenant: own party, trading partners, document and channel mix. */
export function buildProfile(tenantId: string, seed: Seed): TenantProfile {
  const rng = new Rng(`${seed}:${tenantId}:profile`);
  const { party: self, country } = selfParty(rng, tenantId);
  const partners = makePartners(rng, country, new Set([self.name]));
  const partnersByType = {} as Record<DocumentType, WeightedPair<Partner>[]>;
  for (const type of DOCUMENT_TYPES) {
    partnersByType[type] = partners.filter((p) => p.documentTypes.includes(type)).map((p) => [p, p.weight] as const);
  }
  return {
    tenantId,
    self,
    country,
    partners,
    outboundShare: rng.float(0.35, 0.6),
    documentMix: DOCUMENT_MIX,
    integrations: {
      invoicing: chooseIntegrations(rng, INVOICING[country === "FI" ? "FI" : "other"]),
      supplyChain: chooseIntegrations(rng, SUPPLY_CHAIN),
    },
    partnersByType,
  };
}

/** The e-mail address documents for a partner are sent to. */
export function partnerEmail(partner: Partner): string {
  return `invoices@${mailDomain(partner.party.name, partner.country)}`;
}
