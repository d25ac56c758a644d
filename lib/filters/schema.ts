import { z } from "zod";
import { SORT_DIRECTIONS, SORT_FIELDS } from "@/lib/domain/enums";
import type { OneKeyKind, Values } from "./field-types";
import {
  EXCLUDABLE_FIELDS,
  FILTER_FIELDS,
  FILTER_KEYS,
  TIME_RANGES,
  type ExcludableKey,
  type FilterKey,
  type FilterValue,
  type OneKeyField,
} from "./fields";
import { DEFAULT_PAGE_SIZE, DEFAULT_SORT, MAX_PAGE_SIZE, MAX_QUERY_LENGTH } from "./limits";

export { DEFAULT_PAGE_SIZE, DEFAULT_SORT, MAX_PAGE_SIZE, MAX_QUERY_LENGTH };
export { FILTER_KEYS, type FilterKey };

const list = <T extends Values>(values: T) => z.array(z.enum(values)).min(1).max(values.length);
/**
 * Free text as people type it: trimmed, and without control characters (NUL, escapes, line breaks
 * inside), which no transaction field holds and which only reach the store's text search as garbage.
 */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^\P{Cc}*$/u, "must not contain control characters");
const partner = text(200);
const instant = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time, e.g. 2026-01-31T12:00:00Z" });

/** The validator of a field of each kind (lib/filters/fields.ts); a kind without one does not compile. */
const KIND_SCHEMA: { [K in OneKeyKind]: (field: Extract<OneKeyField, { kind: K }>) => z.ZodType } = {
  text: (field) => text(field.max),
  eventText: (field) => text(field.max).describe(field.description),
  enumSet: (field) => list(field.values),
  enum: (field) => z.enum(field.values),
  participant: (field) => partner.describe(`${field.label}: a participant id such as 0037:12345678, or a name`),
  textSet: () => z.array(text(100)).min(1).max(20),
  boolean: () => z.boolean(),
  instant: (field) => instant.describe(field.description),
};

type FilterShape = { [K in FilterKey]: z.ZodType<FilterValue<K>, FilterValue<K>> };

function filterShape(): FilterShape {
  const entries = FILTER_FIELDS.flatMap((field): [string, z.ZodType][] => {
    if (field.kind === "timeRange") {
      return [
        [field.from.key, instant.describe(`${field.from.label}: ${field.of} at or after this instant`)],
        [field.to.key, instant.describe(`${field.to.label}: ${field.of} before this instant`)],
      ];
    }
    const schema = (KIND_SCHEMA[field.kind] as (f: OneKeyField) => z.ZodType)(field);
    return [[field.key, schema.description ? schema : schema.describe(field.label)]];
  });
  return Object.fromEntries(entries) as FilterShape;
}

type ExclusionShape = { [K in ExcludableKey]: z.ZodType<FilterValue<K>, FilterValue<K>> };

/**
 * Exclusions: for each enumerated field, values a transaction must not have. A transaction without
 * a value for the field (no error type, say) is kept: "all errors except validation errors" keeps the
 * errors that have no type.
 */
const exclusionSchema = z
  .strictObject(
    Object.fromEntries(
      EXCLUDABLE_FIELDS.map((field) => [field.key, list(field.values).describe(`${field.label}: none of these`)]),
    ) as unknown as ExclusionShape,
  )
  .partial()
  .describe("Values to leave out, per field: transactions with none of them (or no value at all)");

/**
 * The one definition of a transaction search filter (DESIGN §1), its fields from lib/filters/fields.ts.
 * The Track API body, the BFF query string and the page URL are all checked against this schema.
 * Unknown keys are rejected so that a misspelt filter never silently widens a search.
 */
export const filterSchema = z
  .strictObject({ ...filterShape(), not: exclusionSchema })
  .partial()
  .superRefine((filter, ctx) => {
    for (const { from, to } of TIME_RANGES) {
      const a = filter[from.key];
      const b = filter[to.key];
      if (a && b && Date.parse(a) > Date.parse(b)) {
        ctx.addIssue({ code: "custom", path: [to.key], message: `must not be before ${from.key}` });
      }
    }
  });

export type Filter = z.infer<typeof filterSchema>;

export const sortSchema = z.strictObject({
  field: z
    .enum(SORT_FIELDS)
    .default("receivedAt")
    .describe("amount sorts by currency, then amount (amounts in different currencies are not compared)"),
  direction: z.enum(SORT_DIRECTIONS).default("desc"),
});
export type Sort = z.infer<typeof sortSchema>;

export const pageSchema = z.strictObject({
  size: z.int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z
    .string()
    .min(1)
    .max(2000)
    .optional()
    .describe("An answer's nextCursor or prevCursor, for the same filter and sort; absent for the first page"),
});
export type Page = z.infer<typeof pageSchema>;

/** Body of `POST /track/api/transactions`. */
export const searchRequestSchema = z.strictObject({
  filter: filterSchema,
  sort: sortSchema.default(DEFAULT_SORT),
  page: pageSchema.default({ size: DEFAULT_PAGE_SIZE }),
});
export type SearchRequest = z.infer<typeof searchRequestSchema>;

/** Body of `POST /track/api/transactions/export`: a search without paging, every row in sort order. */
export const exportRequestSchema = searchRequestSchema.omit({ page: true });
export type ExportRequest = z.infer<typeof exportRequestSchema>;
