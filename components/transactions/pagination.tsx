"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { SearchResult } from "@/lib/domain/transaction";
import { serializeSearch } from "@/lib/filters/url-codec";
import { useSearchState } from "@/lib/queries/transactions";
import { useCursorTrail } from "./cursor-trail";
import { totalText } from "./total-text";
import { useListUrl } from "./use-list-url";

const count = new Intl.NumberFormat("en-GB");

function PageLink({ href, rel, children }: { href: string | null; rel?: string; children: ReactNode }) {
  const base = "inline-flex h-8 items-center rounded-md border border-[var(--border)] px-3 text-sm";
  if (!href) {
    return (
      <span aria-disabled="true" className={`${base} cursor-not-allowed text-[var(--muted)] opacity-60`}>
        {children}
      </span>
    );
  }
  return (
    <Link
      href={href}
      rel={rel}
      className={`${base} bg-[var(--card)] hover:border-[var(--muted)]/60 focus-visible:outline-2 focus-visible:outline-[var(--accent)]`}
    >
      {children}
    </Link>
  );
}

interface PaginationProps {
  total: number;
  /** "gte" when `total` is a lower bound (lib/domain/transaction.ts searchResponse). */
  totalRelation?: SearchResult["totalRelation"];
  shown: number;
  nextCursor: string | null;
  /** The API's way back (null on the first page); undefined from a Track API that has none. */
  prevCursor?: string | null;
  /** How many rows come before this page, when the API knows. */
  offset?: number;
  /** The numbers are the previous page's while the next one loads: show them, learn nothing from them. */
  stale?: boolean;
}

/**
 * Keyset paging as real links: First page, Previous and Next (the API's cursors, so a pasted link
 * knows both ways), and the rows shown. A Track API without `prevCursor` gets Previous from the
 * tab's trail of the pages it went through.
 */
export function Pagination({
  total,
  totalRelation,
  shown,
  nextCursor,
  prevCursor,
  offset: apiOffset,
  stale = false,
}: PaginationProps) {
  const [search] = useSearchState();
  const { listUrl } = useListUrl();
  const searchKey = serializeSearch({ ...search, cursor: null });
  const trail = useCursorTrail(searchKey, search.cursor, stale ? null : { cursor: nextCursor, count: shown });
  const previous = prevCursor === undefined ? trail.previous : prevCursor;
  const offset = apiOffset ?? trail.offset;
  // A Previous that reaches the start answers the first page: then the link is the first page's.
  const onFirst = search.cursor === null || (prevCursor === null && offset === 0);
  const range =
    offset === undefined
      ? `${count.format(shown)} rows`
      : `Rows ${count.format(offset + 1)}–${count.format(offset + shown)}`;

  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-[var(--muted)] tabular-nums">
        {shown ? range : "0"} of {totalText({ total, totalRelation })}
      </p>
      <div className="flex items-center gap-2">
        <PageLink href={onFirst ? null : listUrl({ cursor: null })}>First page</PageLink>
        <PageLink href={onFirst || previous === undefined ? null : listUrl({ cursor: previous })} rel="prev">
          Previous
        </PageLink>
        <PageLink href={nextCursor ? listUrl({ cursor: nextCursor }) : null} rel="next">
          Next
        </PageLink>
      </div>
    </nav>
  );
}
