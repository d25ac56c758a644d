"use client";

import { useState } from "react";
import type { EnumSetField } from "@/lib/filters/field-types";
import { useFacetsQuery } from "@/lib/queries/facets";
import { valueCounts } from "./facet-counts";
import { useFacetScope } from "./facet-scope";
import { MultiSelectFilter } from "./multi-select-filter";

/**
 * The menu of an enumerated field, with the count of each value under the rest of the filter
 * (facet counts), loaded when the menu opens and again as the filter changes.
 */
export function EnumSetFilter({
  field,
  selected,
  onChange,
}: {
  field: EnumSetField;
  selected: string[] | null;
  onChange: (next: string[] | null) => void;
}) {
  const [open, setOpen] = useState(false);
  const query = useFacetsQuery(open, useFacetScope());
  return (
    <MultiSelectFilter
      label={field.label}
      options={field.values}
      labelOf={(v) => field.valueLabel[v] ?? v}
      swatch={field.swatch ? (v) => field.swatch![v] : undefined}
      selected={selected}
      onChange={onChange}
      counts={valueCounts(field.key, query)}
      open={open}
      onOpenChange={setOpen}
    />
  );
}
