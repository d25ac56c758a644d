"use client";

import { DOCUMENT_TYPES } from "@/lib/domain/enums";
import { DOCUMENT_TYPE_LABEL } from "@/lib/domain/labels";
import { MultiSelectFilter } from "./multi-select-filter";
import { useFilters } from "./use-filters";

export function DocumentTypeFilter() {
  const [{ documentType }, setFilters] = useFilters();
  return (
    <MultiSelectFilter
      label="Document type"
      options={DOCUMENT_TYPES}
      labelOf={(value) => DOCUMENT_TYPE_LABEL[value]}
      selected={documentType}
      onChange={(next) => setFilters({ documentType: next })}
    />
  );
}
