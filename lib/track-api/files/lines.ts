import { CATALOG, type CatalogItem } from "./items";
import type { Cents } from "./money";
import type { Random } from "./random";

/** One document line. `net` is exactly `quantity × unitPrice`; quantity carries the sign of the document. */
export interface DocumentLine {
  number: number;
  item: CatalogItem;
  quantity: number;
  unitPrice: Cents;
  net: Cents;
}

const MAX_QUANTITY = 999;

/** Splits a net total (cents, ≥ 0) into 1–6 catalog lines whose nets add up to it exactly. */
export function splitIntoLines(total: Cents, random: Random): DocumentLine[] {
  // NOTE: at least ~5.00 per line so that small totals do not get one-cent lines.
  const count = Math.max(1, Math.min(random.int(1, 6), Math.floor(total / 500)));
  const items = random.sample(CATALOG, count);
  const weights = items.map(() => 0.3 + random.next());
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  let remaining = total;
  return items.map((item, index) => {
    const last = index === items.length - 1;
    const target = last ? remaining : Math.max(1, Math.floor((total * weights[index]) / weightSum));
    let quantity = Math.min(MAX_QUANTITY, Math.max(1, Math.round(target / item.typicalPrice)));
    let unitPrice: Cents;
    if (last) {
      // The last line absorbs the remainder, so its quantity must divide it.
      while (quantity > 1 && remaining % quantity !== 0) quantity--;
      unitPrice = remaining / quantity;
    } else {
      unitPrice = Math.max(1, Math.floor(target / quantity));
    }
    const net = quantity * unitPrice;
    remaining -= net;
    return { number: index + 1, item, quantity, unitPrice, net };
  });
}
