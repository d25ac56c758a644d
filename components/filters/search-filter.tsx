"use client";

import { fieldOf } from "@/lib/filters/fields";
import { TextFilter } from "./text-filter";
import { useFilters } from "./use-filters";

const SearchIcon = () => (
  <svg aria-hidden viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.6">
    <circle cx="7" cy="7" r="4.5" />
    <path d="m10.5 10.5 3 3" strokeLinecap="round" />
  </svg>
);

const FIELD = fieldOf("q");

/** Free text over document numbers, ids and partner names; debounced, and replaces history while typing. */
export function SearchFilter() {
  const [{ q }, setFilters] = useFilters();
  return (
    <TextFilter
      type="search"
      label={FIELD.label}
      placeholder={FIELD.placeholder}
      value={q}
      onCommit={(next) => setFilters({ q: next }, { history: "replace" })}
      icon={<SearchIcon />}
      maxLength={FIELD.max}
      className="w-full sm:w-72"
    />
  );
}
