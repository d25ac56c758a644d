import type { Party } from "@/lib/domain/transaction";
import { countryOf } from "./countries";
import { seededRandom } from "./random";

/** A party as documents print it. Address and bank details are derived from the party id, so they stay stable. */
export interface PartyDetails {
  name: string;
  /** ISO 6523 ICD of the id (`0037`), or null for an id without a scheme. */
  scheme: string | null;
  id: string;
  /** Scheme and id without separator: the Finnish OVT / EDI address style (`003712345678`). */
  ediAddress: string;
  country: string;
  vatId: string;
  /** Business id as the country writes it (Finnish Y-tunnus `1234567-8`). */
  companyId: string;
  street: string;
  postalCode: string;
  city: string;
  iban: string;
  bic: string;
}

/** Splits `0037:12345678` into scheme and id. */
export function splitPartyId(raw: string): { scheme: string | null; id: string } {
  const match = /^(\d{4}):(.+)$/.exec(raw.trim());
  return match ? { scheme: match[1], id: match[2] } : { scheme: null, id: raw.trim() };
}

/** Full details of a party; a missing party becomes a clearly named placeholder. */
export function partyDetails(party: Party | null, fallbackName: string): PartyDetails {
  const { scheme, id } = splitPartyId(party?.id ?? "");
  const country = countryOf(scheme, id);
  const random = seededRandom(`party:${party?.id ?? fallbackName}`);
  const alnum = id.replace(/[^0-9A-Za-z]/g, "").toUpperCase();
  const digits = alnum.replace(/\D/g, "") || random.digits(8);
  const national = alnum.startsWith(country.code) ? alnum.slice(2) : digits;
  const [postalCode, city] = random.pick(country.cities);
  const bban = random.digits(country.ibanDigits);
  return {
    name: party?.name?.trim() || fallbackName,
    scheme,
    id,
    ediAddress: `${scheme ?? ""}${id}`,
    country: country.code,
    vatId: vatId(country.code, national),
    companyId: country.code === "FI" && /^\d{8}/.test(national) ? `${national.slice(0, 7)}-${national[7]}` : national,
    street: `${random.pick(country.streets)} ${random.int(1, 120)}`,
    postalCode,
    city,
    iban: iban(country.code, bban),
    bic: random.pick(country.bics),
  };
}

function vatId(country: string, national: string): string {
  if (country === "SE") return `SE${national.slice(0, 10).padEnd(10, "0")}01`;
  if (country === "NO") return `NO${national.slice(0, 9)}MVA`;
  if (country === "FI") return `FI${national.slice(0, 8)}`;
  return `${country}${national}`;
}

/** An IBAN with valid ISO 13616 check digits. */
export function iban(country: string, bban: string): string {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${country}${String(98 - remainder).padStart(2, "0")}${bban}`;
}
