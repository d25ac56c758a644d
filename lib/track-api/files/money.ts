/** Money in integer cents; all document arithmetic happens here so totals add up exactly. */
export type Cents = number;

/**
 * Converts a decimal amount to cents, or null when it does not fit exactly in a JS number.
 * NOTE: amounts are rounded to 2 decimals (half away from zero) before anything is derived from them.
 */
export function toCents(amount: number): Cents | null {
  if (!Number.isFinite(amount)) return null;
  const cents = Math.sign(amount) * Math.round(Math.abs(amount) * 100);
  return Number.isSafeInteger(cents) ? cents + 0 : null;
}

/** VAT on a net amount at `basisPoints` (2550 = 25.5 %), rounded half away from zero, exact for safe integers. */
export function vatOf(net: Cents, basisPoints: number): Cents {
  const sign = net < 0 ? -1 : 1;
  const abs = Math.abs(net);
  // Split so that no intermediate product leaves the safe-integer range.
  const high = Math.floor(abs / 10_000);
  const product = (abs % 10_000) * basisPoints;
  const remainder = product % 10_000;
  const vat = high * basisPoints + (product - remainder) / 10_000 + (2 * remainder >= 10_000 ? 1 : 0);
  return sign * vat + 0;
}

/** The net amount whose net + VAT equals `gross` exactly, or null when rounding skips that gross. */
export function netForGross(gross: Cents, basisPoints: number): Cents | null {
  const estimate = Math.round((gross * 10_000) / (10_000 + basisPoints));
  for (let delta = -3; delta <= 3; delta++) {
    const net = estimate + delta;
    if (net + vatOf(net, basisPoints) === gross) return net;
  }
  return null;
}

/** `1234.5` style: cents as a plain decimal with 2 decimals and the given separator. */
export function formatCents(cents: Cents, separator = "."): string {
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, "0");
  return `${cents < 0 ? "-" : ""}${units}${separator}${fraction}`;
}

/** `1 234.56` for people (PDF): thin grouping, never locale-dependent. */
export function displayCents(cents: Cents): string {
  const [units, fraction] = formatCents(cents).split(".");
  return `${units.replace(/\B(?=(\d{3})+(?!\d))/g, " ")}.${fraction}`;
}

/** A VAT rate in basis points as a percentage string: 2550 → "25.5", 2400 → "24". */
export function formatRate(basisPoints: number, separator = "."): string {
  return String(basisPoints / 100).replace(".", separator);
}
