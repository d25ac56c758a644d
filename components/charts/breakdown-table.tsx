import type { Status } from "@/lib/domain/enums";
import type { BreakdownRow } from "@/lib/domain/stats";
import { STATUS_STYLE } from "@/lib/domain/status-style";
import { CountTable } from "./count-table";
import { formatCount } from "./format";

interface BreakdownTableProps {
  caption: string;
  rowHeader: string;
  rows: BreakdownRow[];
  labelOf: (row: BreakdownRow) => string;
  /** The list of one row's transactions; with a status, narrowed to it. */
  hrefFor: (row: BreakdownRow, status?: Status) => string | null;
  /** Status columns next to the total; none for a chart whose rows already are statuses. */
  statuses: Status[];
}

const noun = (n: number) => `${formatCount(n)} ${n === 1 ? "transaction" : "transactions"}`;

/** A breakdown's numbers as a table: total per row and, optionally, per status; each a link. */
export function BreakdownTable({ caption, rowHeader, rows, labelOf, hrefFor, statuses }: BreakdownTableProps) {
  return (
    <CountTable
      caption={caption}
      rowHeader={rowHeader}
      columns={[...statuses.map((s) => STATUS_STYLE[s].label), statuses.length ? "Total" : "Transactions"]}
      rows={rows.map((row) => ({
        key: row.key,
        label: labelOf(row),
        cells: [
          ...statuses.map((s) => {
            const n = row.byStatus[s] ?? 0;
            return { count: n, href: hrefFor(row, s), label: `${labelOf(row)}, ${STATUS_STYLE[s].label}: ${noun(n)}` };
          }),
          { count: row.count, href: hrefFor(row), label: `${labelOf(row)}: ${noun(row.count)}` },
        ],
      }))}
    />
  );
}
