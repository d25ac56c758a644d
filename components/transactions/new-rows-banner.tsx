"use client";

import type { SearchResult } from "@/lib/domain/transaction";
import { useNewTransactions } from "./use-new-transactions";

/** "3 new transactions · Show": new arrivals are announced, not pushed into the rows being read. */
export function NewRowsBanner({ shown }: { shown: SearchResult | undefined }) {
  const { status, newCount, showNew } = useNewTransactions(shown);
  return (
    <div aria-live="polite" data-live-status={status} className="empty:hidden">
      {newCount > 0 ? (
        <button
          type="button"
          onClick={showNew}
          className="btn w-full border-[var(--accent)]/40 bg-[var(--accent)]/10 text-[color-mix(in_srgb,var(--accent)_70%,var(--foreground))]"
        >
          {newCount >= 50 ? "50+" : newCount} new {newCount === 1 ? "transaction" : "transactions"} · Show
        </button>
      ) : null}
    </div>
  );
}
