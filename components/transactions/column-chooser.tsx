"use client";

import { COLUMN_IDS, DEFAULT_COLUMNS, type ColumnId } from "@/lib/filters/list-params";
import { Disclosure } from "@/components/filters/disclosure";
import { COLUMNS } from "./columns";
import { useListView } from "./use-list-view";

/** Chooses the visible columns; kept in the URL as `cols` (left out while it is the default set). */
export function ColumnChooser() {
  const [{ cols }, setView] = useListView();
  const isDefault = cols.length === DEFAULT_COLUMNS.length && DEFAULT_COLUMNS.every((id) => cols.includes(id));
  const toggle = (id: ColumnId, on: boolean) => {
    // Canonical order, so the same set always gives the same URL.
    void setView({ cols: COLUMN_IDS.filter((c) => (c === id ? on : cols.includes(c))) });
  };
  return (
    <Disclosure align="right" button={<span>Columns</span>}>
      <fieldset>
        <legend className="px-2 pt-1 pb-1.5 text-xs font-medium text-[var(--muted)]">Visible columns</legend>
        {COLUMNS.map((column) => (
          <label
            key={column.id}
            className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-[var(--foreground)]/5 has-[:disabled]:cursor-default has-[:disabled]:opacity-60"
          >
            <input
              type="checkbox"
              className="size-3.5 accent-[var(--accent)]"
              checked={column.required || cols.includes(column.id)}
              disabled={column.required}
              onChange={(event) => toggle(column.id, event.target.checked)}
            />
            {column.label}
          </label>
        ))}
      </fieldset>
      {isDefault ? null : (
        <button
          type="button"
          onClick={() => void setView({ cols: null })}
          className="mt-1 w-full border-t border-[var(--border)] px-2 pt-1.5 pb-1 text-left text-xs text-[var(--muted)] hover:text-[var(--foreground)]"
        >
          Reset to default columns
        </button>
      )}
    </Disclosure>
  );
}
