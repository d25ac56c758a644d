import { fieldOf } from "./fields";
import type { SearchParamsState } from "./url-codec";

/** The filter fields whose values the list and the drill-down link to (partners, channels, profile, error type). */
export const ENTITY_KEYS = [
  "businessPartner",
  "sender",
  "receiver",
  "inChannel",
  "outChannel",
  "serviceProfile",
  "errorType",
] as const;
export type EntityKey = (typeof ENTITY_KEYS)[number];

/** Builds the href of the list filtered on one value (the caller's list URL builder keeps the rest of the view). */
export type EntityHref = (key: EntityKey, value: string) => string;

/**
 * The search-state change that narrows a list to one value of a field: that value replaces the
 * field's filter (an exclusion too) and paging starts over. The value's shape (a list or one text)
 * comes from the field's kind in the registry.
 */
export function filterOn(key: EntityKey, value: string): Partial<SearchParamsState> {
  const field = fieldOf(key);
  return { [key]: field.kind === "participant" ? value : [value], cursor: null };
}
