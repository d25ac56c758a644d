"use client";

import { useId, useState, type ReactNode } from "react";
import { ONE_KEY_FIELDS } from "@/lib/filters/fields";
import { activeClass, controlClass } from "./control";
import type { FacetScope } from "@/lib/queries/facets";
import { DateRangeFilter } from "./date-range-filter";
import { FacetScopeProvider } from "./facet-scope";
import { FieldFilter } from "./field-filter";
import { MoreFilters } from "./more-filters";
import { SearchFilter } from "./search-filter";
import { FILTER_STATE_KEYS, useFilters } from "./use-filters";

/** The registry's fields whose controls sit in the bar itself, in its order. */
const BAR_FIELDS = ONE_KEY_FIELDS.filter((field) => field.place === "bar");

/**
 * Every filter of the Track API search, wrapping onto more lines as the window narrows. On a phone
 * only the search shows, with a "Filters" button for the rest.
 */
export function FilterBar({
  dateRange = <DateRangeFilter />,
  facetScope,
}: {
  /** The received-range control; the overview brings its own. */ dateRange?: ReactNode;
  /** The search the menus' counts are of, when not the URL's as it stands (the overview's default range). */
  facetScope?: FacetScope;
}) {
  const [state] = useFilters();
  const [open, setOpen] = useState(false);
  const id = useId();
  const count = FILTER_STATE_KEYS.filter((key) => key !== "q" && state[key] !== null).length;
  return (
    <FacetScopeProvider value={facetScope}>
      <div role="search" aria-label="Filter transactions" className="flex flex-wrap items-center gap-2">
        <div className="flex w-full gap-2 sm:contents">
          <SearchFilter />
          <button
            type="button"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen((value) => !value)}
            className={`${controlClass} shrink-0 sm:hidden ${count ? activeClass : ""}`}
          >
            Filters{count ? ` · ${count}` : ""}
          </button>
        </div>
        <div id={id} className={`${open ? "flex" : "hidden"} flex-wrap items-center gap-2 sm:contents`}>
          {dateRange}
          {BAR_FIELDS.map((field) => (
            <FieldFilter
              key={field.key}
              field={field}
              className={field.kind === "participant" || field.kind === "eventText" ? "w-full sm:w-48" : undefined}
            />
          ))}
          <MoreFilters />
        </div>
      </div>
    </FacetScopeProvider>
  );
}
