import {
  BUSINESS_STATUSES,
  CHANNELS,
  DIRECTIONS,
  DOCUMENT_TYPES,
  ERROR_TYPES,
  FORMATS,
  STATUSES,
} from "@/lib/domain/enums";
import {
  BUSINESS_STATUS_LABEL,
  CHANNEL_LABEL,
  DIRECTION_LABEL,
  DOCUMENT_TYPE_LABEL,
  ERROR_TYPE_LABEL,
  FORMAT_LABEL,
} from "@/lib/domain/labels";
import { STATUS_COLOR, STATUS_LABEL } from "@/lib/domain/status-style";
import type { FieldDef } from "./field-types";
import { MAX_QUERY_LENGTH } from "./limits";

const PARTICIPANT = "Name or participant id";

/**
 * Every filter of a transaction search, each declared once (DESIGN §1). The URL parsers and names,
 * the filter schema (and so the OpenAPI document), the UI's filter state, the chips and the filter
 * bar's controls derive from this list; the store adds a SQL clause per Track API key
 * (store/filter-sql.ts), which the compiler insists on. Its order is the order of the bar and chips.
 */
export const FILTER_FIELDS = [
  {
    kind: "text",
    key: "q",
    url: "q",
    label: "Search transactions",
    chip: "Search",
    place: "search",
    max: MAX_QUERY_LENGTH,
    placeholder: "Search number, id, partner…",
  },
  {
    kind: "enumSet",
    key: "status",
    url: "status",
    label: "Status",
    place: "bar",
    values: STATUSES,
    valueLabel: STATUS_LABEL,
    swatch: STATUS_COLOR,
  },
  {
    kind: "enumSet",
    key: "documentType",
    url: "type",
    label: "Document type",
    chip: "Type",
    place: "bar",
    values: DOCUMENT_TYPES,
    valueLabel: DOCUMENT_TYPE_LABEL,
  },
  {
    kind: "enum",
    key: "direction",
    url: "dir",
    label: "Direction",
    place: "bar",
    values: DIRECTIONS,
    valueLabel: DIRECTION_LABEL,
    any: "Any direction",
  },
  {
    kind: "enumSet",
    key: "inChannel",
    url: "in",
    label: "In channel",
    place: "bar",
    values: CHANNELS,
    valueLabel: CHANNEL_LABEL,
  },
  {
    kind: "enumSet",
    key: "outChannel",
    url: "out",
    label: "Out channel",
    place: "bar",
    values: CHANNELS,
    valueLabel: CHANNEL_LABEL,
  },
  {
    kind: "enumSet",
    key: "format",
    url: "format",
    label: "Format",
    place: "bar",
    values: FORMATS,
    valueLabel: FORMAT_LABEL,
  },
  { kind: "participant", key: "sender", url: "sender", label: "Sender", place: "more", placeholder: PARTICIPANT },
  { kind: "participant", key: "receiver", url: "receiver", label: "Receiver", place: "more", placeholder: PARTICIPANT },
  {
    kind: "textSet",
    key: "serviceProfile",
    url: "profile",
    label: "Service profile",
    chip: "Profile",
    place: "more",
    placeholder: "e.g. Order-to-Cash",
  },
  {
    kind: "enumSet",
    key: "errorType",
    url: "error",
    label: "Error type",
    place: "bar",
    values: ERROR_TYPES,
    valueLabel: ERROR_TYPE_LABEL,
  },
  {
    kind: "enumSet",
    key: "businessStatus",
    url: "bstatus",
    label: "Business status",
    place: "bar",
    values: BUSINESS_STATUSES,
    valueLabel: BUSINESS_STATUS_LABEL,
  },
  {
    kind: "boolean",
    key: "overdue",
    url: "overdue",
    label: "Overdue",
    place: "bar",
    choices: { any: "Overdue or not", true: "Overdue only", false: "Not overdue" },
    valueLabel: { true: "Yes", false: "No" },
  },
  {
    kind: "participant",
    key: "businessPartner",
    url: "partner",
    label: "Partner",
    place: "bar",
    placeholder: "Partner name or id",
  },
  {
    kind: "eventText",
    key: "text",
    url: "text",
    label: "Message text",
    chip: "Message contains",
    place: "bar",
    max: MAX_QUERY_LENGTH,
    placeholder: "Event or error message…",
    description:
      "Words in the transaction's event texts: a transaction matches when one of its events has every word " +
      "(split at spaces; case-insensitive; anywhere in a word) in its message or error code",
  },
  {
    kind: "timeRange",
    label: "Received",
    place: "range",
    of: "receivedAt",
    preset: "range",
    from: { key: "receivedFrom", state: "from", url: "from", label: "Received from" },
    to: { key: "receivedTo", state: "to", url: "to", label: "Received to" },
  },
  {
    kind: "timeRange",
    label: "Last updated",
    place: "more",
    of: "updatedAt",
    from: { key: "updatedFrom", state: "updatedFrom", url: "ufrom", label: "Updated from" },
    to: { key: "updatedTo", state: "updatedTo", url: "uto", label: "Updated to" },
  },
  {
    kind: "instant",
    key: "asOf",
    url: "asof",
    label: "As of",
    place: "chip",
    of: "ingestedAt",
    description:
      "As of: only transactions first stored at or before this instant (a stats answer's asOf), so a count can be listed exactly",
  },
] as const satisfies readonly FieldDef[];

export type FilterField = (typeof FILTER_FIELDS)[number];
export type OneKeyField = Exclude<FilterField, { kind: "timeRange" }>;
export type TimeRange = Extract<FilterField, { kind: "timeRange" }>;

/** A Track API filter key: a one-key field's, or either end of a time range. */
export type FilterKey = OneKeyField["key"] | TimeRange["from"]["key"] | TimeRange["to"]["key"];
/** A key of the page's URL state that belongs to a filter (sort and cursor do not). */
export type FilterStateKey =
  | OneKeyField["key"]
  | TimeRange["from"]["state"]
  | TimeRange["to"]["state"]
  | NonNullable<Extract<TimeRange, { preset: string }>["preset"]>;
/** The state keys whose URL value is a comma-separated list. */
export type ListStateKey = Extract<FilterField, { kind: "enumSet" | "textSet" }>["key"];

type ValueOf<F> = F extends { kind: "enumSet"; values: readonly (infer V)[] }
  ? V[]
  : F extends { kind: "enum"; values: readonly (infer V)[] }
    ? V
    : F extends { kind: "textSet" }
      ? string[]
      : F extends { kind: "boolean" }
        ? boolean
        : string;
/** A filter key's value in a Track API request (an ISO 8601 date-time for a time range's ends). */
export type FilterValue<K extends FilterKey> = K extends OneKeyField["key"]
  ? ValueOf<Extract<OneKeyField, { key: K }>>
  : string;

export const ONE_KEY_FIELDS = FILTER_FIELDS.filter((f): f is OneKeyField => f.kind !== "timeRange");
export const TIME_RANGES = FILTER_FIELDS.filter((f): f is TimeRange => f.kind === "timeRange");

/** Every Track API filter key, in the registry's order. */
export const FILTER_KEYS: FilterKey[] = FILTER_FIELDS.flatMap((f) =>
  f.kind === "timeRange" ? [f.from.key, f.to.key] : [f.key],
);

/** Every filter key of the URL state, in the registry's order (a range's preset before its ends). */
export const FILTER_STATE_KEYS: FilterStateKey[] = FILTER_FIELDS.flatMap((f): FilterStateKey[] =>
  f.kind !== "timeRange" ? [f.key] : [...("preset" in f ? [f.preset] : []), f.from.state, f.to.state],
);

/** The URL parameter of each filter state key (`documentType` → `type`). */
export const FILTER_URL_KEYS = Object.fromEntries(
  FILTER_FIELDS.flatMap((f): [string, string][] =>
    f.kind !== "timeRange"
      ? [[f.key, f.url]]
      : [
          ...("preset" in f ? [[f.preset, f.preset] as [string, string]] : []),
          [f.from.state, f.from.url],
          [f.to.state, f.to.url],
        ],
  ),
) as Record<FilterStateKey, string>;

/** The URL parameter behind each Track API filter key (`receivedFrom` → `from`). */
export const URL_PARAM_OF_KEY = Object.fromEntries(
  FILTER_FIELDS.flatMap((f): [string, string][] =>
    f.kind !== "timeRange"
      ? [[f.key, f.url]]
      : [
          [f.from.key, f.from.url],
          [f.to.key, f.to.url],
        ],
  ),
) as Record<FilterKey, string>;

/** The fields whose values a filter can also exclude (`not` in the Track API filter, `!` in the URL). */
export type ExcludableField = Extract<FilterField, { kind: "enumSet" }>;
export type ExcludableKey = ExcludableField["key"];
export const EXCLUDABLE_FIELDS = FILTER_FIELDS.filter((f): f is ExcludableField => f.kind === "enumSet");

/** The registry's entry of a one-key field. */
export const fieldOf = <K extends OneKeyField["key"]>(key: K) =>
  ONE_KEY_FIELDS.find((f) => f.key === key) as Extract<OneKeyField, { key: K }>;
