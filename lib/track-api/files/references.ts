import type { Random } from "./random";

/** A Finnish creditor reference (viitenumero): digits plus the 7-3-1 weighted check digit. */
export function finnishReference(base: string): string {
  const digits = base.replace(/\D/g, "").replace(/^0+/, "").slice(-19) || "1";
  const padded = digits.length < 3 ? digits.padStart(3, "1") : digits;
  const weights = [7, 3, 1];
  let sum = 0;
  [...padded].reverse().forEach((digit, index) => (sum += Number(digit) * weights[index % 3]));
  return `${padded}${(10 - (sum % 10)) % 10}`;
}

/** References to related documents (the order an invoice bills, the invoice a credit note corrects). */
export function relatedReferences(year: string, random: Random) {
  return {
    order: `PO-${year}-${random.digits(6)}`,
    invoice: `INV-${year}-${random.digits(6)}`,
  };
}
