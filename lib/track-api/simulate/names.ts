import type { Country } from "./participant-ids";
import type { Rng } from "./rng";

// Fictional but plausible company names: a regional stem, a line of business and the legal form.
const NAME_PARTS: Record<Country, { stems: string[]; trades: string[]; forms: string[] }> = {
  FI: {
    stems: [
      "Pohjolan",
      "Saimaan",
      "Karjalan",
      "Hämeen",
      "Savon",
      "Lapin",
      "Kalevan",
      "Kaakon",
      "Pirkan",
      "Vaasan",
      "Kymen",
      "Oulun",
      "Länsirannikon",
      "Keski-Suomen",
      "Tapiolan",
      "Päijänteen",
    ],
    trades: [
      "Puu",
      "Teräs",
      "Kuljetus",
      "Rakennus",
      "Sähkö",
      "Konepaja",
      "Elintarvike",
      "Logistiikka",
      "Tekniikka",
      "Kemia",
      "Pakkaus",
      "Tukku",
      "Kiinteistöhuolto",
      "Metalli",
      "Paperi",
      "LVI",
    ],
    forms: ["Oy", "Oy", "Oy", "Oyj", "Ky"],
  },
  SE: {
    stems: [
      "Norrlands",
      "Göta",
      "Svea",
      "Mälardalens",
      "Skånska",
      "Vänerns",
      "Dala",
      "Öresunds",
      "Smålands",
      "Västkustens",
      "Upplands",
      "Bergslagens",
      "Hallands",
      "Norrbottens",
    ],
    trades: [
      "Trä",
      "Stål",
      "Logistik",
      "Bygg",
      "El",
      "Mekaniska",
      "Livsmedel",
      "Förpackning",
      "Kemi",
      "Transport",
      "Grossist",
      "Verkstad",
      "Papper",
      "VVS",
    ],
    forms: ["AB", "AB", "AB (publ)"],
  },
  NO: {
    stems: [
      "Fjord",
      "Nordland",
      "Vestland",
      "Trønder",
      "Hardanger",
      "Viken",
      "Bergens",
      "Lofoten",
      "Agder",
      "Romsdal",
      "Finnmark",
      "Telemark",
    ],
    trades: [
      "Tre",
      "Stål",
      "Logistikk",
      "Bygg",
      "Elektro",
      "Mekaniske",
      "Sjømat",
      "Emballasje",
      "Transport",
      "Engros",
      "Verksted",
      "Kjemi",
    ],
    forms: ["AS", "AS", "ASA"],
  },
  BE: {
    stems: [
      "Brabant",
      "Vlaamse",
      "Antwerpse",
      "Gentse",
      "Liégeoise",
      "Schelde",
      "Ardennes",
      "Brugse",
      "Kempense",
      "Limburgse",
    ],
    trades: ["Verpakking", "Staal", "Logistics", "Bouw", "Chemie", "Transport", "Food", "Distributie", "Metaal"],
    forms: ["NV", "BV", "SA", "SRL"],
  },
  DE: {
    stems: ["Hansa", "Rhein", "Elbe", "Weser", "Alpen", "Nordsee", "Spree", "Main", "Schwarzwald", "Ruhr"],
    trades: ["Logistik", "Stahl", "Verpackung", "Chemie", "Elektronik", "Maschinenbau", "Handel", "Lebensmittel"],
    forms: ["GmbH", "GmbH", "AG", "GmbH & Co. KG"],
  },
  NL: {
    stems: ["Holland", "Amstel", "Maas", "Zeeuwse", "Friese", "Rijnmond", "Brabantse", "Twentse"],
    trades: ["Logistics", "Trading", "Foods", "Staal", "Verpakkingen", "Techniek", "Groothandel", "Chemie"],
    forms: ["B.V.", "B.V.", "N.V."],
  },
};

/** A fictional company name from the given country, e.g. "Saimaan Logistiikka Oy". */
export function companyName(rng: Rng, country: Country): string {
  const parts = NAME_PARTS[country];
  return `${rng.pick(parts.stems)} ${rng.pick(parts.trades)} ${rng.pick(parts.forms)}`;
}

/** The legal form that makes a bare name look native to a country ("Acme" → "Acme Oy"). */
export function legalForm(country: Country): string {
  return NAME_PARTS[country].forms[0];
}

/** A mail domain for a company name: "Saimaan Logistiikka Oy" → "saimaanlogistiikka.fi". */
export function mailDomain(name: string, country: Country): string {
  const words = name.split(" ").slice(0, 2).join("");
  const slug = words
    .normalize("NFD")
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase();
  const tld = country === "DE" ? "de" : country.toLowerCase();
  return `${slug || "partner"}.${tld}`;
}
