import { z } from "zod";
import {
  CHANNELS,
  DIRECTIONS,
  DOCUMENT_TYPES,
  ERROR_TYPES,
  FORMATS,
  SORT_DIRECTIONS,
  SORT_FIELDS,
  STATUSES,
} from "@/lib/domain/enums";
import { DEFAULT_PAGE_SIZE, DEFAULT_SORT, MAX_PAGE_SIZE, MAX_QUERY_LENGTH } from "./limits";

export { DEFAULT_PAGE_SIZE, DEFAULT_SORT, MAX_PAGE_SIZE, MAX_QUERY_LENGTH };

const list = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).min(1).max(values.length);
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

/**
 * The one definition of a transaction search filter (DESIGN §1). The Track API body, the BFF query
 * string and the page URL are all checked against this schema. Unknown keys are rejected so that a
 * misspelt filter never silently widens a search.
 */
export const filterSchema = z
  .strictObject({
    q: text(MAX_QUERY_LENGTH),
    status: list(STATUSES),
    documentType: list(DOCUMENT_TYPES),
    direction: z.enum(DIRECTIONS),
    inChannel: list(CHANNELS),
    outChannel: list(CHANNELS),
    format: list(FORMATS),
    sender: partner,
    receiver: partner,
    businessPartner: partner,
    serviceProfile: z.array(text(100)).min(1).max(20),
    errorType: list(ERROR_TYPES),
    overdue: z.boolean(),
    receivedFrom: instant,
    receivedTo: instant,
    updatedFrom: instant,
    updatedTo: instant,
  })
  .partial()
  .superRefine((filter, ctx) => {
    for (const [from, to] of [
      ["receivedFrom", "receivedTo"],
      ["updatedFrom", "updatedTo"],
    ] as const) {
      const a = filter[from];
      const b = filter[to];
      if (a && b && Date.parse(a) > Date.parse(b)) {
        ctx.addIssue({ code: "custom", path: [to], message: `must not be before ${from}` });
      }
    }
  });

export type Filter = z.infer<typeof filterSchema>;
export type FilterKey = keyof Filter;
export const FILTER_KEYS = Object.keys(filterSchema.shape) as FilterKey[];

export const sortSchema = z.strictObject({
  field: z.enum(SORT_FIELDS).default("receivedAt"),
  direction: z.enum(SORT_DIRECTIONS).default("desc"),
});
export type Sort = z.infer<typeof sortSchema>;

export const pageSchema = z.strictObject({
  size: z.int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().min(1).max(2000).optional(),
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
