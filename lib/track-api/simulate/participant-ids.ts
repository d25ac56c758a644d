import type { Rng } from "./rng";

/** Countries the simulated partners come from; DE and NL parties are identified by GLN. */
export const COUNTRIES = ["FI", "SE", "NO", "BE", "DE", "NL"] as const;
export type Country = (typeof COUNTRIES)[number];

/** Peppol participant identifier scheme (ISO 6523 ICD) used for each country. */
export const SCHEME_BY_COUNTRY: Record<Country, string> = {
  FI: "0037",
  SE: "0007",
  NO: "0192",
  BE: "0208",
  DE: "0088",
  NL: "0088",
};

const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 9));

// Finnish business id (Y-tunnus): 7 digits and a mod-11 check digit; remainder 1 is never issued.
function yTunnus(rng: Rng): string {
  for (;;) {
    const d = [rng.int(0, 3), ...digits(rng, 6)];
    const r = d.reduce((sum, v, i) => sum + v * [7, 9, 10, 5, 8, 4, 2][i], 0) % 11;
    if (r !== 1) return d.join("") + (r === 0 ? 0 : 11 - r);
  }
}

// Norwegian organisation number: 9 digits starting 8 or 9, mod-11 check digit.
function norwegianOrgNumber(rng: Rng): string {
  for (;;) {
    const d = [rng.pick([8, 9]), ...digits(rng, 7)];
    const r = d.reduce((sum, v, i) => sum + v * [3, 2, 7, 6, 5, 4, 3, 2][i], 0) % 11;
    if (r !== 1) return d.join("") + (r === 0 ? 0 : 11 - r);
  }
}

// Luhn check digit over a digit string (Swedish organisationsnummer).
function luhn(body: number[]): number {
  const sum = body.reduce((s, v, i) => {
    const x = i % 2 === 0 ? v * 2 : v;
    return s + (x > 9 ? x - 9 : x);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

// Swedish limited company number: 556/559 + 6 digits + Luhn.
function swedishOrgNumber(rng: Rng): string {
  const body = [5, 5, rng.pick([6, 9]), ...digits(rng, 6)];
  return body.join("") + luhn(body);
}

// Belgian enterprise number: 0/1 + 7 digits, then 97 − (first 8 mod 97) as two digits.
function belgianEnterpriseNumber(rng: Rng): string {
  const body = `${rng.int(0, 1)}${digits(rng, 7).join("")}`;
  return body + String(97 - (Number(body) % 97)).padStart(2, "0");
}

// GS1 GLN: a 12-digit body (country prefix first) and the GS1 mod-10 check digit.
function gln(rng: Rng, prefix: string): string {
  const body = (prefix + digits(rng, 12 - prefix.length).join("")).split("").map(Number);
  const sum = body.reduce((s, v, i) => s + v * (i % 2 === 0 ? 1 : 3), 0);
  return body.join("") + ((10 - (sum % 10)) % 10);
}

/** A random, checksum-valid participant id in `scheme:value` form for a party of the country. */
export function participantId(rng: Rng, country: Country): string {
  const scheme = SCHEME_BY_COUNTRY[country];
  switch (country) {
    case "FI":
      return `${scheme}:${yTunnus(rng)}`;
    case "SE":
      return `${scheme}:${swedishOrgNumber(rng)}`;
    case "NO":
      return `${scheme}:${norwegianOrgNumber(rng)}`;
    case "BE":
      return `${scheme}:${belgianEnterpriseNumber(rng)}`;
    case "DE":
      return `${scheme}:${gln(rng, String(rng.int(400, 440)))}`;
    case "NL":
      return `${scheme}:${gln(rng, String(rng.int(870, 879)))}`;
  }
}
