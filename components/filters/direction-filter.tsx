"use client";

import { DIRECTIONS } from "@/lib/domain/enums";
import { SelectFilter } from "./select-filter";
import { useFilters } from "./use-filters";

const DIRECTION_LABEL = { inbound: "Inbound", outbound: "Outbound" } as const;
const OPTIONS = [["", "Any direction"], ...DIRECTIONS.map((d) => [d, DIRECTION_LABEL[d]] as const)] as const;

export function DirectionFilter() {
  const [{ direction }, setFilters] = useFilters();
  return <SelectFilter label="Direction" options={OPTIONS} value={direction} onChange={(next) => setFilters({ direction: next })} />;
}
