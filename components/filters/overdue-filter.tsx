"use client";

import { SelectFilter } from "./select-filter";
import { useFilters } from "./use-filters";

const OPTIONS = [
  ["", "Overdue or not"],
  ["true", "Overdue only"],
  ["false", "Not overdue"],
] as const;

/** Transactions past their SLA and not yet delivered or rejected. */
export function OverdueFilter() {
  const [{ overdue }, setFilters] = useFilters();
  return <SelectFilter label="Overdue" options={OPTIONS} value={overdue} onChange={(next) => setFilters({ overdue: next })} />;
}
