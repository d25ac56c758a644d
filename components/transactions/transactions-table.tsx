"use client";

import Link from "next/link";
import type { SortField } from "@/lib/domain/enums";
import type { Transaction } from "@/lib/domain/transaction";
import { formatSort, parseSort } from "@/lib/filters/url-codec";
import { useSearchState } from "@/lib/queries/transactions";
import { COLUMNS } from "./columns";
import { useEntityHref } from "./filter-link";
import { rememberReturnPosition, useRestoreReturnPosition } from "./return-position";
import { nextSort, SortHeader } from "./sort-header";
import { useListUrl } from "./use-list-url";
import { useListView } from "./use-list-view";
import { useRowFocus } from "./use-row-focus";
import { useTimeZone } from "./use-time-zone";

interface TransactionsTableProps {
  items: Transaction[];
  /** Showing the previous result while the next one loads. */
  stale?: boolean;
}

/** The result rows: sortable headers, the chosen columns, one link per row, arrow-key navigation. */
export function TransactionsTable({ items, stale = false }: TransactionsTableProps) {
  const [search, setSearch] = useSearchState();
  const [{ cols, density }] = useListView();
  const { detailUrl } = useListUrl();
  const entityHref = useEntityHref();
  const { activeIndex, setActive, onKeyDown } = useRowFocus(items.length);
  const timeZone = useTimeZone();
  useRestoreReturnPosition(items.length > 0);

  const sort = parseSort(search.sort);
  const columns = COLUMNS.filter((column) => column.required || cols.includes(column.id));
  const onSort = (field: SortField) =>
    setSearch({ sort: formatSort(nextSort(sort, field)), cursor: null }, { history: "push" });
  const pad = density === "compact" ? "py-1" : "py-2.5";

  return (
    <div className="overflow-x-auto rounded-lg border border-[var(--border)] bg-[var(--card)]">
      <table
        data-density={density}
        aria-busy={stale}
        className={`group/table w-full min-w-[760px] border-collapse text-sm transition-opacity ${stale ? "opacity-60" : ""}`}
      >
        <caption className="sr-only">
          Transactions{timeZone ? `, times in ${timeZone}` : ""}. Use the arrow keys to move between rows and Enter to
          open one.
        </caption>
        <thead className="border-b border-[var(--border)] bg-[var(--foreground)]/[0.02] text-xs text-[var(--muted)]">
          <tr>
            {columns.map((column) =>
              column.sortField ? (
                <SortHeader
                  key={column.id}
                  label={column.label}
                  note={column.sortNote}
                  field={column.sortField}
                  sort={sort}
                  onSort={onSort}
                  numeric={column.numeric}
                />
              ) : (
                <th key={column.id} scope="col" className="px-3 py-2 text-left font-medium">
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {items.map((t, index) => {
            const links = { href: entityHref, tabIndex: index === activeIndex ? 0 : -1 };
            return (
              <tr
                key={t.id}
                className="relative border-t border-[var(--border)] first:border-t-0 hover:bg-[var(--foreground)]/[0.03] has-[a:focus-visible]:bg-[var(--accent)]/[0.07] has-[a:focus-visible]:outline-2 has-[a:focus-visible]:-outline-offset-2 has-[a:focus-visible]:outline-[var(--accent)]"
              >
                {columns.map((column) => (
                  <td
                    key={column.id}
                    className={`px-3 align-middle whitespace-nowrap ${pad} ${column.numeric ? "text-right tabular-nums" : ""}`}
                  >
                    {column.id === "documentNumber" ? (
                      <Link
                        href={detailUrl(t.id)}
                        prefetch={false}
                        data-row-link
                        data-id={t.id}
                        tabIndex={index === activeIndex ? 0 : -1}
                        onFocus={() => setActive(index)}
                        onClick={() => rememberReturnPosition(t.id)}
                        className="scroll-mt-24 scroll-mb-4 font-medium whitespace-nowrap outline-none after:absolute after:inset-0 hover:underline"
                      >
                        {column.cell(t, links)}
                      </Link>
                    ) : (
                      column.cell(t, links)
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
