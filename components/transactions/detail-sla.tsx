import { DateTime } from "@/components/ui/date-time";
import { formatDuration } from "@/lib/domain/format-time";
import type { Transaction } from "@/lib/domain/transaction";

type SlaFields = Pick<Transaction, "slaDueAt" | "deliveredAt" | "overdue" | "status">;

/** The SLA due time and where the transaction stands against it (met, missed, overdue or due). */
export function SlaValue({ tx }: { tx: SlaFields }) {
  if (!tx.slaDueAt) return null;
  const due = Date.parse(tx.slaDueAt);
  return (
    <>
      <span className="block">
        <DateTime iso={tx.slaDueAt} mode="absolute" />
      </span>
      <span className="mt-0.5 block text-xs">{standing(tx, due)}</span>
    </>
  );
}

function standing(tx: SlaFields, due: number) {
  if (tx.overdue) {
    return (
      <span className="font-medium text-[var(--danger)]">
        Overdue · was due <DateTime iso={tx.slaDueAt} />
      </span>
    );
  }
  if (tx.deliveredAt) {
    const late = Date.parse(tx.deliveredAt) - due;
    return late > 0 ? (
      <span className="text-[var(--danger)]">Missed by {formatDuration(late)}</span>
    ) : (
      <span className="text-[var(--status-delivered)]">Met</span>
    );
  }
  if (tx.status === "rejected") return <span className="text-[var(--muted)]">Closed without delivery</span>;
  return (
    <span className="text-[var(--muted)]">
      Due <DateTime iso={tx.slaDueAt} />
    </span>
  );
}
