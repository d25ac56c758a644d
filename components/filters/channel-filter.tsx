"use client";

import { CHANNELS } from "@/lib/domain/enums";
import { CHANNEL_LABEL } from "@/lib/domain/labels";
import { MultiSelectFilter } from "./multi-select-filter";
import { useFilters } from "./use-filters";

/** The channel a document entered the network by (`in`) or left it by (`out`). */
export function ChannelFilter({ side }: { side: "in" | "out" }) {
  const [state, setFilters] = useFilters();
  const key = side === "in" ? "inChannel" : "outChannel";
  return (
    <MultiSelectFilter
      label={side === "in" ? "In channel" : "Out channel"}
      options={CHANNELS}
      labelOf={(value) => CHANNEL_LABEL[value]}
      selected={state[key]}
      onChange={(next) => setFilters({ [key]: next })}
    />
  );
}
