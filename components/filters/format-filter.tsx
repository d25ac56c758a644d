"use client";

import { FORMATS } from "@/lib/domain/enums";
import { FORMAT_LABEL } from "@/lib/domain/labels";
import { MultiSelectFilter } from "./multi-select-filter";
import { useFilters } from "./use-filters";

export function FormatFilter() {
  const [{ format }, setFilters] = useFilters();
  return <MultiSelectFilter label="Format" options={FORMATS} labelOf={(value) => FORMAT_LABEL[value]} selected={format} onChange={(next) => setFilters({ format: next })} />;
}
