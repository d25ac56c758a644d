import type { ReactNode } from "react";
import { FilterLink } from "./filter-link";

/** One term and its value in a summary grid; an empty value shows a dash. */
export function DetailField({ term, children, wide }: { term: string; children: ReactNode; wide?: boolean }) {
  const empty = children === null || children === undefined || children === "";
  return (
    <div className={`min-w-0 ${wide ? "sm:col-span-2" : ""}`}>
      <dt className="text-xs font-medium tracking-wide text-[var(--muted)] uppercase">{term}</dt>
      <dd className="mt-1 text-sm break-words">{empty ? <span className="text-[var(--muted)]">—</span> : children}</dd>
    </div>
  );
}

/** A party's name (linked to the list of its transactions, given `href`) with its participant id underneath. */
export function PartyValue({
  party,
  href,
  role = "party",
}: {
  party: { id: string; name: string } | null;
  href?: string | null;
  role?: string;
}) {
  if (!party) return null;
  return (
    <>
      <span className="block font-medium">
        {href ? (
          <FilterLink href={href} what={`${role} ${party.name}`}>
            {party.name}
          </FilterLink>
        ) : (
          party.name
        )}
      </span>
      <span className="block font-mono text-xs text-[var(--muted)]">{party.id}</span>
    </>
  );
}
