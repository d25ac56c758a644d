/** What documents need to know about a country: VAT rates, banking and a few plausible addresses. */
export interface Country {
  code: string;
  /** VAT rates in basis points, standard rate first (rates in force in 2026). */
  vatRates: readonly number[];
  /** Digits after the IBAN check digits. */
  ibanDigits: number;
  bics: readonly string[];
  cities: readonly (readonly [postalCode: string, city: string])[];
  streets: readonly string[];
}

const COUNTRIES: Record<string, Country> = {
  FI: {
    code: "FI",
    vatRates: [2550, 1350, 1000],
    ibanDigits: 14,
    bics: ["NDEAFIHH", "OKOYFIHH", "DABAFIHH", "HANDFIHH", "AABAFI22"],
    cities: [
      ["00100", "Helsinki"],
      ["02150", "Espoo"],
      ["33100", "Tampere"],
      ["20100", "Turku"],
      ["90100", "Oulu"],
    ],
    streets: ["Mannerheimintie", "Hämeenkatu", "Teollisuustie", "Satamakatu", "Keilaranta"],
  },
  SE: {
    code: "SE",
    vatRates: [2500, 1200, 600],
    ibanDigits: 20,
    bics: ["NDEASESS", "ESSESESS", "HANDSESS", "SWEDSESS"],
    cities: [
      ["111 22", "Stockholm"],
      ["411 04", "Göteborg"],
      ["211 20", "Malmö"],
    ],
    streets: ["Drottninggatan", "Industrivägen", "Storgatan", "Hamngatan"],
  },
  NO: {
    code: "NO",
    vatRates: [2500, 1500, 1200],
    ibanDigits: 11,
    bics: ["DNBANOKK", "NDEANOKK", "SPRONO22"],
    cities: [
      ["0150", "Oslo"],
      ["5003", "Bergen"],
      ["7011", "Trondheim"],
    ],
    streets: ["Karl Johans gate", "Strandgaten", "Industriveien"],
  },
  DK: {
    code: "DK",
    vatRates: [2500],
    ibanDigits: 14,
    bics: ["DABADKKK", "NDEADKKK", "JYBADKKK"],
    cities: [
      ["1050", "København K"],
      ["8000", "Aarhus C"],
      ["5000", "Odense C"],
    ],
    streets: ["Vesterbrogade", "Industrivej", "Havnegade"],
  },
  DE: {
    code: "DE",
    vatRates: [1900, 700],
    ibanDigits: 18,
    bics: ["DEUTDEFF", "COBADEFF", "HYVEDEMM"],
    cities: [
      ["10115", "Berlin"],
      ["20095", "Hamburg"],
      ["80331", "München"],
    ],
    streets: ["Hauptstraße", "Industriestraße", "Bahnhofstraße"],
  },
  EE: {
    code: "EE",
    vatRates: [2400, 900],
    ibanDigits: 16,
    bics: ["HABAEE2X", "EEUHEE2X", "LHVBEE22"],
    cities: [
      ["10111", "Tallinn"],
      ["50090", "Tartu"],
    ],
    streets: ["Narva mnt", "Pärnu mnt", "Tööstuse"],
  },
  NL: {
    code: "NL",
    vatRates: [2100, 900],
    ibanDigits: 14,
    bics: ["INGBNL2A", "RABONL2U", "ABNANL2A"],
    cities: [
      ["1012 AB", "Amsterdam"],
      ["3011 AD", "Rotterdam"],
      ["3511 AX", "Utrecht"],
    ],
    streets: ["Damrak", "Coolsingel", "Industrieweg"],
  },
};

/** ISO 6523 ICD → the country whose register issues those identifiers. */
const SCHEME_COUNTRY: Record<string, string> = {
  "0037": "FI",
  "0212": "FI",
  "0213": "FI",
  "0216": "FI",
  "0007": "SE",
  "9955": "SE",
  "0192": "NO",
  "0184": "DK",
  "0198": "DK",
  "9930": "DE",
  "0204": "DE",
  "0191": "EE",
  "0106": "NL",
  "0190": "NL",
};

/** The country behind a participant id (`0037:12345678`, or a bare VAT number `SE5560…`); Finland otherwise. */
export function countryOf(scheme: string | null, id: string): Country {
  const fromScheme = scheme ? SCHEME_COUNTRY[scheme] : undefined;
  const prefix = id.slice(0, 2).toUpperCase();
  return COUNTRIES[fromScheme ?? (prefix in COUNTRIES ? prefix : "FI")];
}
