import type { Filter } from "@/lib/filters/schema";

/**
 * Whether a filter names nothing but `keys`, and excludes values (`not`) of `excludable` fields
 * only: what a rollup or a collected set of matches can answer on its own. A key without a value,
 * or an empty `not`, names nothing.
 */
export const namesOnly = (
  filter: Filter,
  keys: ReadonlySet<string>,
  excludable: (key: string) => boolean = () => false,
): boolean =>
  Object.entries(filter).every(
    ([key, value]) =>
      value === undefined || keys.has(key) || (key === "not" && Object.keys(value as object).every(excludable)),
  );
