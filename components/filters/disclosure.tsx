"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { activeClass, controlClass } from "./control";

interface DisclosureProps {
  /** The button's content; its text is the control's accessible name unless `label` is given. */
  button: ReactNode;
  label?: string;
  active?: boolean;
  children: ReactNode;
  align?: "left" | "right";
  panelClassName?: string;
  /** Whether the panel is open, when the caller keeps that state (to load what the panel shows only while open). */
  open?: boolean;
  /** With `open`: told when the panel should open or close (a stable setter, such as useState's). */
  onOpenChange?: (open: boolean) => void;
}

/**
 * A button that shows a panel below it. Escape closes it and returns focus to the button; so does a
 * click outside or tabbing out of the panel.
 */
export function Disclosure({
  button,
  label,
  active = false,
  children,
  align = "left",
  panelClassName = "",
  open: openProp,
  onOpenChange,
}: DisclosureProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = openProp ?? ownOpen;
  const setOpen = onOpenChange ?? setOwnOpen;
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  // Keep the panel inside the window on narrow screens: shift it left by what would stick out.
  const panel = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const node = panel.current;
    if (!node) return;
    node.style.marginLeft = "";
    if (!open) return;
    const box = node.getBoundingClientRect();
    const overflow = box.right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) node.style.marginLeft = `${-Math.min(overflow, box.left - 8)}px`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open, setOpen]);

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          setOpen(false);
          trigger.current?.focus();
        }
      }}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (next && !root.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={trigger}
        type="button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className={`${controlClass} inline-flex items-center gap-1.5 whitespace-nowrap ${active ? activeClass : ""}`}
      >
        {button}
        <svg
          aria-hidden
          viewBox="0 0 16 16"
          className={`size-3 text-[var(--muted)] transition-transform ${open ? "rotate-180" : ""}`}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <path d="m4 6 4 4 4-4" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <div
        ref={panel}
        id={id}
        hidden={!open}
        className={`absolute top-full z-30 mt-1 max-w-[calc(100vw-1rem)] min-w-52 rounded-lg border border-[var(--border)] bg-[var(--card)] p-1.5 shadow-lg ${align === "right" ? "right-0" : "left-0"} ${panelClassName}`}
      >
        {children}
      </div>
    </div>
  );
}
