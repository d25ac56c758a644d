"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

interface TruncatedTextProps {
  text: string;
  /** What the tooltip says, when more than the text (a partner's name and id). */
  full?: string;
  className?: string;
  /**
   * What shows the text when it is focusable itself (a link): given the tooltip's id while the text is
   * cut, for its `aria-describedby`. The tooltip then shows when it has the focus.
   */
  children?: (describedBy: string | undefined) => ReactNode;
}

/**
 * One line of text, cut with an ellipsis where its column ends. Once it is cut, it can take keyboard
 * focus, and focus shows the whole text in a tooltip that is also the element's description, so the
 * name the mouse reads from the `title` of the cell is read from the keyboard too.
 */
export function TruncatedText({ text, full = text, className = "", children }: TruncatedTextProps) {
  const ref = useRef<HTMLSpanElement>(null);
  const id = useId();
  const [cut, setCut] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setCut(element.scrollWidth > element.clientWidth);
    check();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [text]);
  return (
    <span className="group/cut relative block">
      <span
        ref={ref}
        tabIndex={cut && !children ? 0 : undefined}
        aria-describedby={cut && !children ? id : undefined}
        data-truncated={cut ? "" : undefined}
        className={`block truncate rounded-sm focus-visible:outline-2 focus-visible:outline-[var(--accent)] ${className}`}
      >
        {children ? children(cut ? id : undefined) : text}
      </span>
      {cut ? (
        <span
          id={id}
          role="tooltip"
          className="absolute top-full left-0 z-20 mt-1 hidden w-max max-w-80 rounded-md border border-[var(--border)] bg-[var(--card)] px-2 py-1 text-xs font-normal whitespace-normal text-[var(--foreground)] shadow-md group-has-[:focus-visible]/cut:block"
        >
          {full}
        </span>
      ) : null}
    </span>
  );
}
