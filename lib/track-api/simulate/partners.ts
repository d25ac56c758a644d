import type { Channel, DocumentType, Format } from "@/lib/domain/enums";
import type { Party } from "@/lib/domain/transaction";
import { companyName } from "./names";
import { participantId, type Country } from "./participant-ids";
import type { Rng, WeightedPair } from "./rng";

/** How a trading partner is connected: Peppol, EDI, Finnish operator formats, paper, or the portal. */
export type PartnerKind = "peppol" | "edi" | "finvoice" | "teapps" | "paper" | "portal";

/** A trading partner of a tenant. */
export interface Partner {
  party: Party;
  country: Country;
  kind: PartnerKind;
  /** False for receivers reached only by print or e-mail. */
  onNetwork: boolean;
  /** The channel the partner's documents reach the network on. */
  sendChannel: Channel;
  /** The channel the network delivers documents to the partner on. */
  receiveChannel: Channel;
  /** The format the partner sends and receives. */
  format: Format;
  documentTypes: readonly DocumentType[];
  /** Relative traffic volume: a few large partners carry most documents. */
  weight: number;
}

const ALL: readonly DocumentType[] = [
  "invoice",
  "creditNote",
  "order",
  "orderResponse",
  "despatchAdvice",
  "invoiceResponse",
];
const EDI: readonly DocumentType[] = ["invoice", "creditNote", "order", "orderResponse", "despatchAdvice"];
const INVOICES: readonly DocumentType[] = ["invoice", "creditNote"];
const PAPER: readonly DocumentType[] = ["invoice", "creditNote", "order"];

const KIND_WEIGHTS: Record<"FI" | "other", WeightedPair<PartnerKind>[]> = {
  FI: [
    ["peppol", 40],
    ["edi", 12],
    ["finvoice", 16],
    ["teapps", 6],
    ["paper", 16],
    ["portal", 10],
  ],
  other: [
    ["peppol", 55],
    ["edi", 20],
    ["paper", 15],
    ["portal", 10],
  ],
};

const HOME_MIX: Record<Country, WeightedPair<Country>[]> = {
  FI: [
    ["FI", 60],
    ["SE", 14],
    ["NO", 8],
    ["DE", 7],
    ["NL", 4],
    ["BE", 7],
  ],
  SE: [
    ["SE", 55],
    ["FI", 15],
    ["NO", 15],
    ["DE", 6],
    ["NL", 4],
    ["BE", 5],
  ],
  NO: [
    ["NO", 55],
    ["SE", 20],
    ["FI", 10],
    ["DE", 6],
    ["NL", 4],
    ["BE", 5],
  ],
  BE: [
    ["BE", 50],
    ["NL", 20],
    ["DE", 15],
    ["FI", 5],
    ["SE", 5],
    ["NO", 5],
  ],
  DE: [
    ["DE", 50],
    ["NL", 20],
    ["BE", 10],
    ["FI", 7],
    ["SE", 8],
    ["NO", 5],
  ],
  NL: [
    ["NL", 50],
    ["DE", 20],
    ["BE", 15],
    ["FI", 5],
    ["SE", 5],
    ["NO", 5],
  ],
};

function connection(rng: Rng, kind: PartnerKind): Omit<Partner, "party" | "country" | "kind" | "weight"> {
  switch (kind) {
    case "peppol": {
      const format: Format = rng.chance(0.85) ? "peppolBis3" : "ubl21";
      // NOTE: Peppol invoice responses only exist as BIS 3 messages.
      const documentTypes = format === "peppolBis3" ? ALL : EDI;
      return { onNetwork: true, sendChannel: "peppol", receiveChannel: "peppol", format, documentTypes };
    }
    case "edi": {
      const channel: Channel = rng.chance(0.6) ? "as2" : "sftp";
      return { onNetwork: true, sendChannel: channel, receiveChannel: channel, format: "edifact", documentTypes: EDI };
    }
    case "finvoice":
    case "teapps": {
      const channel: Channel = rng.chance(0.6) ? "sftp" : "api";
      const format: Format = kind === "finvoice" ? "finvoice3" : "teappsxml3";
      return { onNetwork: true, sendChannel: channel, receiveChannel: channel, format, documentTypes: INVOICES };
    }
    case "paper": {
      const receiveChannel: Channel = rng.chance(0.55) ? "print" : "email";
      return { onNetwork: false, sendChannel: "email", receiveChannel, format: "pdf", documentTypes: PAPER };
    }
    case "portal":
      return { onNetwork: true, sendChannel: "portal", receiveChannel: "portal", format: "pdf", documentTypes: PAPER };
  }
}

/** A few dozen trading partners for a tenant at home in `home`; the first and largest is on Peppol. */
export function makePartners(rng: Rng, home: Country, taken: Set<string>): Partner[] {
  const count = rng.int(28, 48);
  const partners: Partner[] = [];
  const ids = new Set<string>();
  for (let attempt = 0; partners.length < count && attempt < 1000; attempt++) {
    const country = partners.length === 0 ? home : rng.weighted(HOME_MIX[home]);
    const name = companyName(rng, country);
    const id = participantId(rng, country);
    if (taken.has(name) || ids.has(id)) continue;
    taken.add(name);
    ids.add(id);
    const kinds = KIND_WEIGHTS[country === "FI" ? "FI" : "other"];
    const kind: PartnerKind = partners.length === 0 ? "peppol" : rng.weighted(kinds);
    const conn = connection(rng, kind);
    if (partners.length === 0) Object.assign(conn, { format: "peppolBis3", documentTypes: ALL });
    const weight = 1 / Math.pow(partners.length + 1, 0.9);
    partners.push({ party: { id, name }, country, kind, weight, ...conn });
  }
  return partners;
}
