"use client";

import { ERROR_TYPES } from "@/lib/domain/enums";
import { ERROR_TYPE_LABEL } from "@/lib/domain/labels";
import { MultiSelectFilter } from "./multi-select-filter";
import { useFilters } from "./use-filters";

export function ErrorTypeFilter() {
  const [{ errorType }, setFilters] = useFilters();
  return (
    <MultiSelectFilter
      label="Error type"
      options={ERROR_TYPES}
      labelOf={(value) => ERROR_TYPE_LABEL[value]}
      selected={errorType}
      onChange={(next) => setFilters({ errorType: next })}
    />
  );
}
