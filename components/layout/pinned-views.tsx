"use client";

import Link from "next/link";
import { useSavedViews } from "@/lib/queries/saved-views";

/** How many pins the header shows; the rest are on /views. */
const SHOWN = 8;

/** The header's saved views: a link to all of them, and the person's pinned ones, each opening its saved address. */
export function PinnedViews() {
  const { data } = useSavedViews();
  const pinned = (data ?? []).filter((view) => view.pinned);
  return (
    <nav aria-label="Saved views" className="flex min-w-0 flex-wrap items-center gap-2 text-sm">
      <Link href="/views" className="text-[var(--muted)] hover:text-[var(--foreground)]">
        Views
      </Link>
      {pinned.length ? (
        <ul className="flex min-w-0 flex-wrap items-center gap-1.5" data-testid="pinned-views">
          {pinned.slice(0, SHOWN).map((view) => (
            <li key={view.id} className="min-w-0">
              <Link
                href={view.href}
                title={view.name}
                className="block max-w-44 truncate rounded-full border border-[var(--border)] px-2.5 py-0.5 text-xs hover:border-[var(--muted)]/60 focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
              >
                {view.name}
              </Link>
            </li>
          ))}
          {pinned.length > SHOWN ? (
            <li>
              <Link href="/views" className="text-xs text-[var(--muted)] hover:text-[var(--foreground)]">
                {pinned.length - SHOWN} more
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}
