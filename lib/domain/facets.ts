import { z } from "zod";

// The facets answer's shape: its zod schema checks a remote Track API's answers; the types feed the code.

export const facetCountResponse = z.object({ value: z.string(), count: z.number().int().min(0) });
export type FacetCount = z.infer<typeof facetCountResponse>;

/** Answer of `POST /track/api/transactions/facets`. */
export const facetsResponse = z.object({
  facets: z
    .record(z.string(), z.array(facetCountResponse))
    .describe(
      "Per field: the count of each of its values under the filter without that field's own clause (its values and its exclusions)",
    ),
  exact: z
    .boolean()
    .describe("false when some counts come from the newest `scanLimit` matching transactions only (see scanLimit)"),
  scanLimit: z
    .number()
    .int()
    .min(1)
    .describe(
      "The most transactions a count that the rollups cannot answer reads (a message text's collected matches are read whole up to twice as many)",
    ),
});
export type FacetsResult = z.infer<typeof facetsResponse>;

/** The BFF's answer: the Track API's, or no facets when the upstream has no facets endpoint. */
export type FacetsView = FacetsResult | { facets: null };
