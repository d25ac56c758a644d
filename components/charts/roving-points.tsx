"use client";

import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";

type Axis = "horizontal" | "vertical";
const point = (el: Element | null) =>
  el instanceof Element && el.hasAttribute("data-point") ? (el as SVGAElement) : null;
const pos = (el: Element) => ({ col: Number(el.getAttribute("data-col")), row: Number(el.getAttribute("data-row")) });
/** The chart's points in reading order (category, then series), whatever order Recharts drew them in. */
function pointsOf(root: HTMLElement): SVGAElement[] {
  return [...root.querySelectorAll<SVGAElement>("[data-point]")].sort(
    (a, b) => pos(a).col - pos(b).col || pos(a).row - pos(b).row,
  );
}

/** The point an arrow key leads to: the nearest category in that direction (same series if it has one). */
function target(points: SVGAElement[], from: SVGAElement, key: string, axis: Axis): SVGAElement | undefined {
  if (key === "Home") return points[0];
  if (key === "End") return points.at(-1);
  const here = pos(from);
  const alongCategories = axis === "horizontal" ? { ArrowRight: 1, ArrowLeft: -1 } : { ArrowDown: 1, ArrowUp: -1 };
  const alongSeries = axis === "horizontal" ? { ArrowUp: 1, ArrowDown: -1 } : { ArrowRight: 1, ArrowLeft: -1 };
  const catStep = alongCategories[key as keyof typeof alongCategories];
  if (catStep) {
    const next = points.map((p) => ({ p, ...pos(p) })).filter((p) => Math.sign(p.col - here.col) === catStep);
    const col = catStep > 0 ? Math.min(...next.map((p) => p.col)) : Math.max(...next.map((p) => p.col));
    const inCol = next
      .filter((p) => p.col === col)
      .sort((a, b) => Math.abs(a.row - here.row) - Math.abs(b.row - here.row));
    return inCol[0]?.p;
  }
  const seriesStep = alongSeries[key as keyof typeof alongSeries];
  if (!seriesStep) return undefined;
  const inCol = points
    .map((p) => ({ p, ...pos(p) }))
    .filter((p) => p.col === here.col && Math.sign(p.row - here.row) === seriesStep);
  inCol.sort((a, b) => (a.row - b.row) * seriesStep);
  return inCol[0]?.p;
}

/**
 * One tab stop for all of a chart's point links (roving tabindex): Tab enters the chart at the last
 * focused point (or the first), arrow keys move between points, Home/End jump to the ends.
 * `axis` says where the categories run: along x ("horizontal") or down y ("vertical").
 */
export function RovingPoints({ axis = "horizontal", children }: { axis?: Axis; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    // Recharts draws its bars after layout, outside React's render of this component: watch the DOM.
    const settle = () => {
      const points = pointsOf(root);
      if (points.length && !points.some((p) => p.tabIndex === 0)) points[0].tabIndex = 0;
    };
    settle();
    const observer = new MutationObserver(settle);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  const onKeyDownCapture = (event: KeyboardEvent) => {
    const from = point(event.target as Element);
    if (!from || !ref.current) return;
    const points = pointsOf(ref.current);
    const next = target(points, from, event.key, axis);
    if (!["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"].includes(event.key)) return;
    // The chart's own keyboard layer would move its tooltip instead; the links own the arrows here.
    event.preventDefault();
    event.stopPropagation();
    if (!next) return;
    for (const p of points) p.tabIndex = p === next ? 0 : -1;
    next.focus();
  };
  return (
    <div ref={ref} onKeyDownCapture={onKeyDownCapture}>
      {children}
    </div>
  );
}
