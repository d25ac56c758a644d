"use client";

import { TextFilter } from "./text-filter";
import { useFilters } from "./use-filters";

/** The counterparty: a participant id such as 0037:12345678, or a name. */
export function PartnerFilter() {
  const [{ businessPartner }, setFilters] = useFilters();
  return (
    <TextFilter
      label="Partner"
      placeholder="Partner name or id"
      value={businessPartner}
      onCommit={(next) => setFilters({ businessPartner: next }, { history: "replace" })}
      className="w-full sm:w-48"
    />
  );
}
