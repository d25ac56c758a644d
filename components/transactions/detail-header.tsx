import type { Transaction } from "@/lib/domain/transaction";
import { documentTitle } from "./detail-format";

/** The drill-down's title: document and number, and the transaction id. */
export function DetailHeader({ tx }: { tx: Transaction }) {
  return (
    <header className="min-w-0">
      <h1 className="text-xl font-semibold tracking-tight break-words sm:text-2xl">{documentTitle(tx)}</h1>
      <p className="mt-1 text-sm text-[var(--muted)]">
        Transaction <span className="font-mono text-xs break-all select-all">{tx.id}</span>
      </p>
    </header>
  );
}
