"use client";

import type { SortField } from "@/lib/domain/enums";
import type { Sort } from "@/lib/filters/schema";

// Times and amounts read best newest/largest first; names and statuses alphabetically.
const FIRST_DIRECTION: Record<SortField, Sort["direction"]> = {
  receivedAt: "desc",
  updatedAt: "desc",
  amount: "desc",
  documentNumber: "asc",
  status: "asc",
};

/** The sort after clicking a column: the same column flips, another starts in its natural direction. */
export function nextSort(current: Sort | null, field: SortField): Sort {
  if (current?.field === field) return { field, direction: current.direction === "asc" ? "desc" : "asc" };
  return { field, direction: FIRST_DIRECTION[field] };
}

interface SortHeaderProps {
  label: string;
  /** How the sort groups the rows, e.g. "by currency": part of the header's name. */
  note?: string;
  field: SortField;
  sort: Sort | null;
  onSort: (field: SortField) => void;
  numeric?: boolean;
}

/** A column header that sorts: a button inside a `th` carrying `aria-sort`. */
export function SortHeader({ label, note, field, sort, onSort, numeric }: SortHeaderProps) {
  const direction = sort?.field === field ? sort.direction : null;
  return (
    <th
      scope="col"
      aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none"}
      className={`px-3 py-2 font-medium ${numeric ? "text-right" : "text-left"}`}
    >
      <button
        type="button"
        onClick={() => onSort(field)}
        className={`group -mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-[var(--foreground)] focus-visible:outline-2 focus-visible:outline-[var(--accent)] ${direction ? "text-[var(--foreground)]" : ""}`}
      >
        <span>
          {label}
          {note ? <span className="font-normal text-[var(--muted)]"> ({note})</span> : null}
        </span>
        <svg
          aria-hidden
          viewBox="0 0 16 16"
          className={`size-3 ${direction ? "" : "opacity-0 group-hover:opacity-50"}`}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          {direction === "asc" ? (
            <path d="m4 10 4-4 4 4" strokeLinecap="round" strokeLinejoin="round" />
          ) : (
            <path d="m4 6 4 4 4-4" strokeLinecap="round" strokeLinejoin="round" />
          )}
        </svg>
      </button>
    </th>
  );
}
