"use client";

import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from "react";
import { usePlotArea } from "recharts";
import { bucketAt } from "@/lib/filters/time-navigation";

interface Plot {
  x: number;
  width: number;
}
/** The buckets between a drag's first (`a`) and current (`b`) position, both included. */
export interface ZoomSelection {
  a: number;
  b: number;
}

/** The key that zooms into the focused column (announced on each point as its shortcut). */
export const ZOOM_KEY = "z";

/**
 * Drag to zoom over a chart of `count` equal-width buckets: press, drag across buckets, release calls
 * `onZoom(first, last)`. A press and release on one bucket is a plain click (its link works as
 * before); Z on a focused point zooms into its bucket. Mouse and pen only: on touch a drag scrolls.
 */
export function useZoomDrag(count: number, onZoom: (a: number, b: number) => void) {
  const plot = useRef<Plot>({ x: 0, width: 0 });
  const drag = useRef<{ start: number; pointer: number } | null>(null);
  const swallowClick = useRef(false);
  const [selection, setSelection] = useState<ZoomSelection | null>(null);

  const indexAt = (event: PointerEvent<HTMLElement>) => {
    const surface = event.currentTarget.querySelector("svg") ?? event.currentTarget;
    return bucketAt(event.clientX - surface.getBoundingClientRect().left, plot.current, count);
  };
  const end = () => {
    drag.current = null;
    setSelection(null);
  };

  const handlers = {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.button !== 0 || event.pointerType === "touch" || event.shiftKey || event.metaKey || event.ctrlKey)
        return;
      drag.current = { start: indexAt(event), pointer: event.pointerId };
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const current = drag.current;
      if (!current || event.pointerId !== current.pointer) return;
      const b = indexAt(event);
      if (b === current.start && !selection) return;
      if (!selection) event.currentTarget.setPointerCapture(event.pointerId);
      if (selection?.b !== b) setSelection({ a: current.start, b });
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      const current = drag.current;
      if (!current || event.pointerId !== current.pointer) return;
      const b = indexAt(event);
      end();
      if (b === current.start) return;
      // The release may land on another bucket's link: it must not open that link as well.
      swallowClick.current = true;
      onZoom(current.start, b);
    },
    onPointerCancel: end,
    onLostPointerCapture: end,
    onClickCapture(event: { preventDefault(): void; stopPropagation(): void }) {
      if (!swallowClick.current) return;
      swallowClick.current = false;
      event.preventDefault();
      event.stopPropagation();
    },
    // Links (and SVG) would start the browser's own drag of the link instead.
    onDragStart: (event: { preventDefault(): void }) => event.preventDefault(),
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      const point = event.target instanceof Element ? event.target.closest("[data-point]") : null;
      if (!point || event.key.toLowerCase() !== ZOOM_KEY || event.metaKey || event.ctrlKey || event.altKey) return;
      event.preventDefault();
      const col = Number(point.getAttribute("data-col"));
      onZoom(col, col);
    },
  };
  return { selection, plotRef: plot, handlers };
}

/**
 * Inside the chart: the dragged span shaded over its buckets, and the plot area's position reported
 * to `plotRef` so the pointer's x can be mapped to a bucket.
 */
export function ZoomLayer({
  selection,
  count,
  plotRef,
}: {
  selection: ZoomSelection | null;
  count: number;
  plotRef: RefObject<Plot>;
}) {
  const area = usePlotArea();
  const x = area?.x ?? 0;
  const width = area?.width ?? 0;
  useEffect(() => {
    plotRef.current = { x, width };
  }, [plotRef, x, width]);
  if (!area || !selection || count <= 0) return null;
  const band = width / count;
  const first = Math.min(selection.a, selection.b);
  const last = Math.max(selection.a, selection.b);
  return (
    <rect
      data-zoom-selection=""
      x={x + first * band}
      y={area.y}
      width={(last - first + 1) * band}
      height={area.height}
      fill="var(--accent)"
      fillOpacity={0.15}
      stroke="var(--accent)"
      strokeOpacity={0.6}
      pointerEvents="none"
    />
  );
}
