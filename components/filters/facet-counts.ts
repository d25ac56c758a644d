import { formatCount } from "@/components/charts/format";
import type { FacetsView } from "@/lib/domain/facets";

/** What a filter menu shows of its values' counts: the text beside each, its accessible description, and a note. */
export interface ValueCounts {
  /** The count beside a value ("1,234", "≈1,234"), or undefined when there is none to show. */
  text: (value: string) => string | undefined;
  /**
   * The value's count in words ("matches 1,234 transactions", "matches about 17"), its checkbox's
   * description (its name stays the value's label), or undefined without one.
   */
  described: (value: string) => string | undefined;
  /** A line over the values: counting, no counts, or how the counts were made; null for none. */
  note: string | null;
}

const transactions = (n: number) => `${formatCount(n)} ${n === 1 ? "transaction" : "transactions"}`;

/**
 * A field's counts from the facets query: none while the first answer is awaited or when it failed
 * (the values stay choosable), approximate ones marked "≈" when the Track API capped its count.
 */
export function valueCounts(
  field: string,
  query: { data?: FacetsView; isPending: boolean; isError: boolean; isFetching: boolean },
): ValueCounts {
  const facet = query.data?.facets?.[field];
  const byValue = new Map(facet?.map((f) => [f.value, f.count]));
  const exact = !query.data?.facets || query.data.exact;
  const note = query.isError
    ? "Counts unavailable"
    : query.isPending || (query.isFetching && !facet)
      ? "Counting…"
      : query.data && query.data.facets && !exact
        ? `≈ counts from the newest ${formatCount(query.data.scanLimit)} matches`
        : null;
  return {
    text: (value) => {
      const n = byValue.get(value);
      return n === undefined ? undefined : `${exact ? "" : "≈"}${formatCount(n)}`;
    },
    described: (value) => {
      const n = byValue.get(value);
      return n === undefined ? undefined : `matches ${exact ? "" : "about "}${transactions(n)}`;
    },
    note,
  };
}
