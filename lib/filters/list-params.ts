import { createSerializer, parseAsArrayOf, parseAsStringLiteral } from "nuqs/server";
import { LIVE_VALUES } from "./overview-params";
import { searchParsers, searchUrlKeys } from "./url-codec";
import type { ViewParam } from "./view-params";

/** The list's columns, in display order. */
export const COLUMN_IDS = [
  "status",
  "documentType",
  "documentNumber",
  "sender",
  "receiver",
  "partner",
  "channels",
  "format",
  "amount",
  "receivedAt",
  "updatedAt",
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** Shown when the URL has no `cols`; the rest are one click away in the column chooser. */
export const DEFAULT_COLUMNS: ColumnId[] = [
  "status",
  "documentType",
  "documentNumber",
  "partner",
  "channels",
  "amount",
  "receivedAt",
];

export const DENSITIES = ["comfortable", "compact"] as const;
export type Density = (typeof DENSITIES)[number];

/** The list's view parameters and the values each allows; any other value is reported as a bad link. */
export const LIST_VIEW_PARAMS = {
  cols: { values: COLUMN_IDS, list: true },
  density: { values: DENSITIES },
  /** `live=off` stops the "N new transactions" banner (the same parameter as the overview's). */
  live: { values: LIVE_VALUES },
} as const satisfies Record<string, ViewParam>;

/**
 * UI-only URL state of the list (shared in links, never sent to the BFF): visible columns and row
 * density. Defaults are left out of the URL.
 */
export const listViewParsers = {
  cols: parseAsArrayOf(parseAsStringLiteral(COLUMN_IDS), ",").withDefault(DEFAULT_COLUMNS),
  density: parseAsStringLiteral(DENSITIES).withDefault("comfortable"),
  live: parseAsStringLiteral(LIVE_VALUES),
};

/** A list URL's query string from search and view state (row links, paging links); defaults left out. */
export const serializeListUrl = createSerializer({ ...searchParsers, ...listViewParsers }, { urlKeys: searchUrlKeys });
