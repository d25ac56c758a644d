import { z } from "zod";
import { EXCLUDABLE_FIELDS, type ExcludableKey } from "./fields";
import { filterSchema } from "./schema";

/** The fields that have facet counts: every enumerated multi-choice field of the registry. */
export const FACET_KEYS = EXCLUDABLE_FIELDS.map((f) => f.key) as [ExcludableKey, ...ExcludableKey[]];
export type FacetKey = ExcludableKey;

/** Body of `POST /track/api/transactions/facets`. */
export const facetsRequestSchema = z.strictObject({
  filter: filterSchema,
  fields: z
    .array(z.enum(FACET_KEYS))
    .min(1)
    .max(FACET_KEYS.length)
    .optional()
    .describe("The fields to count (default: all of them)"),
});
export type FacetsRequest = z.infer<typeof facetsRequestSchema>;
