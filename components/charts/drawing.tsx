"use client";

import { memo, type ReactNode } from "react";

interface DrawingProps {
  draw: () => ReactNode;
  asTable: boolean;
  offScreen: boolean;
}

/**
 * A chart's drawing (or its table), mounted once its data is there. NOTE: while it is off screen, new
 * data does not redraw it: on a live overview most charts sit below the fold, and redrawing them on every
 * refresh is most of an idle tab's work. It catches up as soon as it comes near the screen.
 */
export const Drawing = memo(
  function Drawing({ draw }: DrawingProps) {
    return draw();
  },
  (prev, next) => next.offScreen && prev.asTable === next.asTable,
);
