import type { DocumentType } from "@/lib/domain/enums";
import type { Route } from "./delivery-routes";

/** Orders (and invoices) remembered per partner and direction, newest last; older ones are forgotten. */
const REMEMBERED = 20;
/** The documents that follow an order, each referencing it once. */
const ORDER_FOLLOWERS: readonly DocumentType[] = ["orderResponse", "despatchAdvice", "invoice"];

interface Open {
  number: string;
  /** The follower types that already referenced it. */
  answered: Set<DocumentType>;
}

/**
 * The documents a tenant exchanged lately, so that later ones reference them as real exchanges do
 * (metadata `reference`): an order response, a despatch advice and an invoice answer an order the
 * same partner sent the other way; an invoice response answers an invoice. Takes no random numbers,
 * so the simulated traffic is otherwise what it was without it.
 */
export class ReferenceBook {
  private readonly open = new Map<string, Open[]>();

  /** Records the document a route carries and returns the document number it references, if any. */
  reference(route: Route, documentNumber: string): string | undefined {
    const { documentType: type, direction } = route;
    const partner = route.partner.party.id;
    const other = direction === "inbound" ? "outbound" : "inbound";
    let reference: string | undefined;
    if (ORDER_FOLLOWERS.includes(type)) reference = this.take(`order|${partner}|${other}`, type);
    if (type === "invoiceResponse") reference = this.take(`invoice|${partner}|${other}`, type);
    if (type === "order" || type === "invoice") this.remember(`${type}|${partner}|${direction}`, documentNumber);
    return reference;
  }

  private take(key: string, type: DocumentType): string | undefined {
    const list = this.open.get(key) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].answered.has(type)) continue;
      list[i].answered.add(type);
      return list[i].number;
    }
    return undefined;
  }

  private remember(key: string, number: string): void {
    const list = this.open.get(key) ?? [];
    list.push({ number, answered: new Set() });
    if (list.length > REMEMBERED) list.shift();
    this.open.set(key, list);
  }
}
