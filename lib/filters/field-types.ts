// NOTE: types only. The registry (fields.ts) is plain data the browser imports; the filter schema
// (schema.ts, zod) and the store's SQL (store/filter-sql.ts) derive from it on the server.

/** A field's allowed values: an `as const` tuple of lib/domain/enums.ts. */
export type Values = readonly [string, ...string[]];

/**
 * Where a field's control sits: the search box, the received-range slot (the overview brings its
 * own control), the bar itself, or the "More" panel; or no control but its chip (a value set by a
 * link, such as a tile's "as of"). Within a place, the registry's order is the bar's.
 */
export type Place = "search" | "range" | "bar" | "more" | "chip";

interface Named {
  /** The control's accessible name. */
  label: string;
  /** The chip's name, when shorter than the label. */
  chip?: string;
  place: Place;
}

/** A field of one Track API key, held under that key in the page's URL state. */
interface OneKey extends Named {
  key: string;
  /** Its URL parameter: short, and a public contract (README). */
  url: string;
}

/** Free text. */
export interface TextField extends OneKey {
  kind: "text";
  max: number;
  placeholder: string;
}

/** Words in the texts of a transaction's events (their messages and error codes). */
export interface EventTextField extends OneKey {
  kind: "eventText";
  max: number;
  placeholder: string;
  /** What the text matches, for the OpenAPI document. */
  description: string;
}

/** Any of a set of values (a multi-select). */
export interface EnumSetField extends OneKey {
  kind: "enumSet";
  values: Values;
  valueLabel: Readonly<Record<string, string>>;
  /** A colour per value, shown beside it. */
  swatch?: Readonly<Record<string, string>>;
}

/** One value of a set, or any (a single choice). */
export interface EnumField extends OneKey {
  kind: "enum";
  values: Values;
  valueLabel: Readonly<Record<string, string>>;
  /** The text of the choice that leaves the filter out. */
  any: string;
}

/** A participant id such as 0037:12345678, or a name. */
export interface ParticipantField extends OneKey {
  kind: "participant";
  placeholder: string;
}

/** Any of several free texts, written comma-separated. */
export interface TextSetField extends OneKey {
  kind: "textSet";
  placeholder: string;
}

/** Yes, no, or either. */
export interface BooleanField extends OneKey {
  kind: "boolean";
  /** The texts of the choices in the control. */
  choices: { any: string; true: string; false: string };
  /** The texts of the values on a chip. */
  valueLabel: { true: string; false: string };
}

/** An upper bound on a time of the transaction, inclusive: an instant (ISO 8601) or nothing. */
export interface InstantField extends OneKey {
  kind: "instant";
  /** The store's time it bounds: when the transaction was first stored. */
  of: "ingestedAt";
  /** What it means, for the filter schema (and so the OpenAPI document). */
  description: string;
}

/** One end of a time range: its Track API key, its key in the URL state, its URL parameter. */
export interface Bound {
  key: string;
  state: string;
  url: string;
  label: string;
}

/** A half-open time range [from, to) over one of the transaction's times. */
export interface TimeRangeField extends Named {
  kind: "timeRange";
  /** The transaction's time it bounds. */
  of: "receivedAt" | "updatedAt";
  from: Bound;
  to: Bound;
  /** The URL parameter of relative ranges (`range=7d`), when the field has them. */
  preset?: string;
}

export type FieldDef =
  | TextField
  | EventTextField
  | EnumSetField
  | EnumField
  | ParticipantField
  | TextSetField
  | BooleanField
  | InstantField
  | TimeRangeField;
export type Kind = FieldDef["kind"];
export type OneKeyKind = Exclude<Kind, "timeRange">;
