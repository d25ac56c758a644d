"use client";

import { STATUSES } from "@/lib/domain/enums";
import { STATUS_STYLE } from "@/lib/domain/status-style";
import { MultiSelectFilter } from "./multi-select-filter";
import { useFilters } from "./use-filters";

export function StatusFilter() {
  const [{ status }, setFilters] = useFilters();
  return (
    <MultiSelectFilter
      label="Status"
      options={STATUSES}
      labelOf={(value) => STATUS_STYLE[value].label}
      swatch={(value) => STATUS_STYLE[value].color}
      selected={status}
      onChange={(next) => setFilters({ status: next })}
    />
  );
}
