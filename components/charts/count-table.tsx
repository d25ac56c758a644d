import { TruncatedText } from "@/components/ui/truncated-text";
import { DataLink } from "./data-link";
import { formatCount } from "./format";

export interface CountCell {
  count: number;
  /** The list of exactly these rows; null for numbers the list cannot filter on. */
  href: string | null;
  /** Accessible name of the link, e.g. "Error, 14:00–15:00: 3 transactions". */
  label?: string;
}

export interface CountRow {
  key: string;
  label: string;
  cells: CountCell[];
}

/** A chart's numbers as a table; every count the list can reproduce is a link to those rows. */
export function CountTable({
  caption,
  rowHeader,
  columns,
  rows,
}: {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: CountRow[];
}) {
  return (
    <div className="max-h-96 overflow-auto rounded-md border border-[var(--border)]">
      <table className="w-full text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-[var(--card)] text-xs text-[var(--muted)]">
          <tr className="border-b border-[var(--border)]">
            <th scope="col" className="px-2 py-1.5 text-left font-medium">
              {rowHeader}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-2 py-1.5 text-right font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-[var(--border)] first:border-t-0">
              <th scope="row" className="max-w-48 px-2 py-1 text-left font-normal" title={row.label}>
                <TruncatedText text={row.label} className="max-w-48" />
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className="px-2 py-1 text-right">
                  {cell.href && cell.count > 0 ? (
                    <DataLink
                      href={cell.href}
                      aria-label={cell.label}
                      data-count={cell.count}
                      className="text-[var(--accent)] hover:underline focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
                    >
                      {formatCount(cell.count)}
                    </DataLink>
                  ) : (
                    <span className={cell.count ? "" : "text-[var(--muted)]"}>{formatCount(cell.count)}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
