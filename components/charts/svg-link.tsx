"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

export interface PointLink {
  href: string;
  /** What a screen reader hears: "Error, Thu 27 Nov, 14:00–15:00: 3 transactions". */
  label: string;
  count: number;
  /** Position in the chart's grid for arrow-key moves: category (`col`) and series (`row`). */
  col: number;
  row: number;
  /** A key that acts on the focused point (`aria-keyshortcuts`), e.g. Z to zoom into its bucket. */
  keyShortcuts?: string;
  data?: Record<`data-${string}`, string>;
}

/**
 * A chart data point as a real link inside the SVG: keyboard-focusable (one tab stop per chart,
 * arrows move, see useRovingPoints), opens in a new tab with a modifier, and navigates client-side
 * with the router on a plain click.
 */
export function SvgLink({ link, children }: { link: PointLink; children: ReactNode }) {
  const router = useRouter();
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.push(link.href);
  };
  return (
    <a
      href={link.href}
      aria-label={link.label}
      aria-keyshortcuts={link.keyShortcuts}
      onClick={onClick}
      tabIndex={-1}
      data-point=""
      data-col={link.col}
      data-row={link.row}
      data-count={link.count}
      className="cursor-pointer outline-none [&:focus-visible>rect]:stroke-[var(--foreground)] [&:focus-visible>rect]:stroke-2 [&:hover>rect]:opacity-80"
      {...link.data}
    >
      {children}
    </a>
  );
}

interface BarShape {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  index?: number;
}

/** A Recharts bar `shape` that wraps each non-empty bar in its link (or draws a plain bar without one). */
export function linkedBar(linkFor: (index: number) => PointLink | null) {
  function LinkedBar({ x = 0, y = 0, width = 0, height = 0, fill, index = 0 }: BarShape) {
    const rect = <rect x={x} y={y} width={Math.max(0, width)} height={Math.max(0, height)} fill={fill} />;
    const link = width > 0 && height > 0 ? linkFor(index) : null;
    return link ? <SvgLink link={link}>{rect}</SvgLink> : rect;
  }
  return LinkedBar;
}
