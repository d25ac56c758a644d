"use client";

import Link from "next/link";
import { serializeSearch } from "@/lib/filters/url-codec";
import { useSearchState } from "@/lib/queries/transactions";

/** "Alert me about this view": the rule form with the current view's filter (from the URL state) as its filter. */
export function AlertMeLink() {
  const [search] = useSearchState();
  const query = serializeSearch({ ...search, cursor: null }).replace(/^\?/, "");
  return (
    <Link
      href={`/alerts/new${query ? `?view=${encodeURIComponent(query)}` : ""}`}
      className="inline-flex h-8 items-center gap-1.5 rounded-md border border-[var(--border)] bg-[var(--card)] px-3 text-sm hover:border-[var(--muted)]/60 focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
    >
      Alert me about this view
    </Link>
  );
}
