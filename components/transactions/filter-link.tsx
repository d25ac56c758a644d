"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { EntityHref } from "@/lib/filters/entity-links";
import { useListUrl } from "./use-list-url";
import { filterOn } from "@/lib/filters/entity-links";

/** The href builder of links that narrow the list this page belongs to (its filters, sort and view kept). */
export function useEntityHref(): EntityHref {
  const { listUrl } = useListUrl();
  return (key, value) => listUrl(filterOn(key, value));
}

interface FilterLinkProps {
  href: string;
  /** What the list is narrowed to, for the tooltip: "partner Acme Oy". */
  what: string;
  /** A tooltip other than "Show transactions of …" (a truncated name's whole text). */
  title?: string;
  children: ReactNode;
  /** -1 keeps a list row's link out of the tab order except in the active row (roving focus). */
  tabIndex?: number;
  /** The id of what describes the link (a cut name's tooltip). */
  describedBy?: string;
  className?: string;
}

/**
 * A value that links to the list filtered on it. Sits above a row's whole-row link (`relative z-[1]`),
 * so clicking it filters instead of opening the row.
 */
export function FilterLink({ href, what, title, children, tabIndex, describedBy, className = "" }: FilterLinkProps) {
  return (
    <Link
      href={href}
      prefetch={false}
      tabIndex={tabIndex}
      aria-describedby={describedBy}
      title={title ?? `Show transactions of ${what}`}
      data-filter-link
      className={`relative z-[1] underline decoration-[var(--muted)]/40 decoration-dotted underline-offset-2 hover:decoration-solid focus-visible:outline-2 focus-visible:outline-[var(--accent)] ${className}`}
    >
      {children}
    </Link>
  );
}
