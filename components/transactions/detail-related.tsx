"use client";

import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import type { RelatedTransaction, Relation, TransactionDetail } from "@/lib/domain/transaction";
import { documentTitle } from "./detail-format";
import { useListUrl } from "./use-list-url";

const RELATION_LABEL: Record<Relation, string> = {
  referenced: "Referenced by this one",
  referencing: "References this one",
  sibling: "Same reference",
  chain: "Same chain",
};

type Tx = Pick<TransactionDetail, "id" | "documentType" | "documentNumber" | "status" | "receivedAt" | "related">;

/**
 * The chain of documents this transaction belongs to (order, responses, despatch advice, invoice,
 * invoice response), oldest first, each with its status and linked to its drill-down. No card at all
 * when the Track API does not tell (`related` absent, remote mode).
 */
export function RelatedCard({ tx }: { tx: Tx }) {
  const { detailUrl } = useListUrl();
  if (!tx.related) return null;
  const self = { ...tx, relation: null };
  const chain: (RelatedTransaction | typeof self)[] = [...tx.related, self].sort(
    (a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt),
  );
  return (
    <section
      aria-labelledby="related-heading"
      className="rounded-xl border border-[var(--border)] bg-[var(--card)] p-4 sm:p-5"
    >
      <h2 id="related-heading" className="mb-3 text-sm font-semibold">
        Related documents <span className="font-normal text-[var(--muted)]">({tx.related.length})</span>
      </h2>
      {tx.related.length === 0 ? (
        <p className="text-sm text-[var(--muted)]">
          No related documents: this transaction references no other document of yours, and none references it.
        </p>
      ) : (
        <ol aria-label="Document chain, oldest first" className="space-y-1.5 text-sm">
          {chain.map((doc) => (
            <li key={doc.id} data-related={doc.id} className="flex items-center gap-2">
              <span aria-hidden className="size-1.5 shrink-0 rounded-full bg-[var(--border)]" />
              {doc.relation === null ? (
                <span aria-current="page" className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 px-1.5 py-1">
                  <span className="font-medium">{documentTitle(doc)}</span>
                  <StatusBadge status={doc.status} />
                  <span className="text-xs text-[var(--muted)]">This transaction</span>
                </span>
              ) : (
                <Link
                  href={detailUrl(doc.id)}
                  prefetch={false}
                  className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 rounded px-1.5 py-1 hover:bg-[var(--foreground)]/[0.04] focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
                >
                  <span className="font-medium underline-offset-2 hover:underline">{documentTitle(doc)}</span>
                  <StatusBadge status={doc.status} />
                  <span className="text-xs text-[var(--muted)]">
                    {RELATION_LABEL[doc.relation]} · <DateTime iso={doc.receivedAt} />
                  </span>
                </Link>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
