"use client";

import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { DOCUMENT_TYPE_LABEL } from "@/lib/domain/labels";
import type { Transaction } from "@/lib/domain/transaction";
import { formatAmount } from "./columns";
import { FilterLink, useEntityHref } from "./filter-link";
import { rememberReturnPosition, useRestoreReturnPosition } from "./return-position";
import { useListUrl } from "./use-list-url";
import { useRowFocus } from "./use-row-focus";

/**
 * The list on a phone: one card per transaction (status, document, partner, amount, received), the
 * whole card a link to its drill-down; the arrow keys move between cards as between table rows.
 */
export function TransactionCards({ items, stale = false }: { items: Transaction[]; stale?: boolean }) {
  const { detailUrl } = useListUrl();
  const entityHref = useEntityHref();
  const { activeIndex, setActive, onKeyDown } = useRowFocus(items.length);
  useRestoreReturnPosition(items.length > 0);
  return (
    <ul
      aria-label="Transactions"
      aria-busy={stale}
      onKeyDown={onKeyDown}
      className={`space-y-2 transition-opacity ${stale ? "opacity-60" : ""}`}
    >
      {items.map((t, index) => (
        <li
          key={t.id}
          data-card={t.id}
          className="relative rounded-lg border border-[var(--border)] bg-[var(--card)] p-3 text-sm has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-[var(--accent)]"
        >
          <div className="flex items-start justify-between gap-2">
            <StatusBadge status={t.status} overdue={t.overdue} />
            <span className="text-xs text-[var(--muted)]">
              <DateTime iso={t.receivedAt} />
            </span>
          </div>
          <Link
            href={detailUrl(t.id)}
            prefetch={false}
            data-row-link
            data-id={t.id}
            tabIndex={index === activeIndex ? 0 : -1}
            onFocus={() => setActive(index)}
            onClick={() => rememberReturnPosition(t.id)}
            className="mt-2 block font-medium break-all outline-none after:absolute after:inset-0"
          >
            {t.documentType ? `${DOCUMENT_TYPE_LABEL[t.documentType]} ` : ""}
            {t.documentNumber ?? t.id.slice(0, 12)}
          </Link>
          <div className="mt-1 flex items-baseline justify-between gap-3">
            <span className="min-w-0 truncate text-[var(--muted)]" title={t.businessPartner?.name}>
              {t.businessPartner ? (
                <FilterLink
                  href={entityHref("businessPartner", t.businessPartner.id)}
                  what={`partner ${t.businessPartner.name}`}
                  tabIndex={index === activeIndex ? 0 : -1}
                >
                  {t.businessPartner.name}
                </FilterLink>
              ) : (
                "—"
              )}
            </span>
            <span className="shrink-0 font-medium tabular-nums">
              {t.amount === null ? "" : formatAmount(t.amount, t.currency)}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
