import type { Cents } from "./money";

/** A unit of measure in the code lists each format uses. */
export interface Unit {
  /** UN/ECE Recommendation 20 (UBL, TEAPPSXML). */
  code: string;
  /** Code as used with EDIFACT D.96A. */
  edifact: string;
  /** Finvoice `QuantityUnitCode` text. */
  finvoice: string;
  /** Short label for people (PDF). */
  label: string;
}

const PIECE: Unit = { code: "H87", edifact: "PCE", finvoice: "kpl", label: "pcs" };
const HOUR: Unit = { code: "HUR", edifact: "HUR", finvoice: "h", label: "h" };
const KILOGRAM: Unit = { code: "KGM", edifact: "KGM", finvoice: "kg", label: "kg" };
const LITRE: Unit = { code: "LTR", edifact: "LTR", finvoice: "l", label: "l" };
const METRE: Unit = { code: "MTR", edifact: "MTR", finvoice: "m", label: "m" };
const BOX: Unit = { code: "XBX", edifact: "BX", finvoice: "ltk", label: "box" };
const MONTH: Unit = { code: "MON", edifact: "MON", finvoice: "kk", label: "month" };

export interface CatalogItem {
  id: string;
  name: string;
  unit: Unit;
  /** Typical unit price; the actual price is derived from the line total. */
  typicalPrice: Cents;
}

/** What the generated documents trade in. Some names carry characters that formats must escape. */
export const CATALOG: readonly CatalogItem[] = [
  { id: "PAP-A4-80", name: "Copy paper A4 80 g/m², 500 sheets", unit: BOX, typicalPrice: 690 },
  { id: "TON-59A-BK", name: "Toner cartridge 59A, black", unit: PIECE, typicalPrice: 12_900 },
  { id: "DOC-USBC-01", name: "Laptop docking station USB-C", unit: PIECE, typicalPrice: 18_900 },
  { id: "SRV-CONS-SR", name: "Consulting services, senior", unit: HOUR, typicalPrice: 13_500 },
  { id: "SRV-INST", name: "Installation work", unit: HOUR, typicalPrice: 7_800 },
  { id: "FUEL-EN590", name: "Diesel fuel EN 590", unit: LITRE, typicalPrice: 189 },
  { id: "BLT-M8X40", name: "Stainless steel bolts M8x40 (100 pcs)", unit: BOX, typicalPrice: 2_450 },
  { id: "NUT-ASSORT", name: "Nuts & washers assortment", unit: BOX, typicalPrice: 1_890 },
  { id: "CBL-3X15", name: "Installation cable 3x1.5 mm²", unit: METRE, typicalPrice: 115 },
  { id: "WRAP-500", name: 'Pallet wrap film 500 mm "heavy duty"', unit: PIECE, typicalPrice: 1_420 },
  { id: "PAL-EUR", name: "EUR pallet 1200x800", unit: PIECE, typicalPrice: 1_600 },
  { id: "COF-DARK-1K", name: "Coffee beans, dark roast", unit: KILOGRAM, typicalPrice: 2_150 },
  { id: "SRV-CLEAN", name: "Cleaning service, office premises", unit: MONTH, typicalPrice: 98_000 },
  { id: "RNT-FORK", name: "Forklift rental <2.5 t>", unit: MONTH, typicalPrice: 145_000 },
  { id: "GLV-9-12", name: "Safety gloves, size 9 (12 pairs)", unit: BOX, typicalPrice: 3_240 },
  { id: "OIL-VG46", name: "Hydraulic oil ISO VG 46", unit: LITRE, typicalPrice: 460 },
  { id: "FRT-DOM", name: "Freight, domestic", unit: PIECE, typicalPrice: 8_500 },
  { id: "LED-6060", name: "LED panel 600x600 36 W", unit: PIECE, typicalPrice: 4_200 },
  { id: "SAAS-STD", name: "Cloud hosting, standard tier", unit: MONTH, typicalPrice: 29_900 },
  { id: "SRV-SUPP", name: "Support contract 'Gold'", unit: MONTH, typicalPrice: 65_000 },
];
