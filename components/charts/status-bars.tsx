"use client";

import { Bar } from "recharts";
import { STATUSES, type Status } from "@/lib/domain/enums";
import { STATUS_STYLE } from "@/lib/domain/status-style";
import { linkedBar, type PointLink } from "./svg-link";

/** Where one status of one row leads: its list link, what it is called, how many rows it counts. */
export type Segment = Pick<PointLink, "href" | "label" | "count" | "keyShortcuts" | "data">;

interface StatusBarsProps<Row> {
  rows: Row[];
  statuses: Status[];
  /** The link of a row's segment of one status; null (or a zero count) draws no link. */
  segment: (row: Row, status: Status) => Segment | null;
}

/**
 * One stacked bar per status in the status colours, every non-empty segment a link into the list;
 * arrow keys move along the rows (`col`) and the statuses (`row`).
 */
export function StatusBars<Row>({ rows, statuses, segment }: StatusBarsProps<Row>) {
  return statuses.map((s) => (
    <Bar
      key={s}
      dataKey={s}
      name={STATUS_STYLE[s].label}
      stackId="status"
      fill={STATUS_STYLE[s].color}
      isAnimationActive={false}
      shape={linkedBar((i) => {
        const link = i < rows.length ? segment(rows[i], s) : null;
        return link && link.count > 0
          ? { ...link, col: i, row: STATUSES.indexOf(s), data: { "data-status": s, ...link.data } }
          : null;
      })}
    />
  ));
}
