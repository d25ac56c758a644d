"use client";

import { DataLink } from "./data-link";
import type { Status } from "@/lib/domain/enums";
import type { StatusCounts } from "@/lib/domain/stats";
import { STATUS_STYLE } from "@/lib/domain/status-style";
import { formatCount } from "./format";

/** The status colours with each status's total over the range, every entry a link to those rows. */
export function StatusLegend({
  statuses,
  counts,
  hrefFor,
}: {
  statuses: Status[];
  counts: StatusCounts;
  hrefFor: (status: Status) => string;
}) {
  return (
    <ul aria-label="Statuses" className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
      {statuses.map((status) => {
        const count = counts[status] ?? 0;
        const { label, color } = STATUS_STYLE[status];
        return (
          <li key={status}>
            <DataLink
              href={hrefFor(status)}
              data-count={count}
              className="inline-flex items-center gap-1.5 rounded px-1 py-0.5 hover:bg-[var(--foreground)]/5 focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
            >
              <span aria-hidden className="size-2.5 rounded-sm" style={{ background: color }} />
              <span>{label}</span>
              <span className="font-medium tabular-nums">{formatCount(count)}</span>
              {/* The accessible name starts with the visible text (WCAG 2.5.3), then says what is counted. */}
              <span className="sr-only">{count === 1 ? " transaction" : " transactions"}</span>
            </DataLink>
          </li>
        );
      })}
    </ul>
  );
}
