import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { BUSINESS_STATUS_LABEL, CHANNEL_LABEL, ERROR_TYPE_LABEL, FORMAT_LABEL } from "@/lib/domain/labels";
import type { Transaction } from "@/lib/domain/transaction";
import { DetailField, PartyValue } from "./detail-field";
import { formatAmount } from "./detail-format";
import { SlaValue } from "./detail-sla";

/** The facts of a transaction as a definition grid: three columns on wide screens, one on a phone. */
export function DetailSummary({ tx }: { tx: Transaction }) {
  const channels = [tx.inChannel, tx.outChannel].map((c) => (c ? CHANNEL_LABEL[c] : "—"));
  return (
    <section
      aria-labelledby="summary-heading"
      className="rounded-xl border border-[var(--border)] bg-[var(--card)] p-4 sm:p-5"
    >
      <h2 id="summary-heading" className="sr-only">
        Summary
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
        <DetailField term="Status">
          <StatusBadge status={tx.status} overdue={tx.overdue} />
          {tx.statusReason ? <span className="mt-1.5 block">{tx.statusReason}</span> : null}
          {tx.errorType ? (
            <span className="mt-1 block text-xs font-medium text-[var(--danger)]" data-error-type={tx.errorType}>
              {ERROR_TYPE_LABEL[tx.errorType]}
            </span>
          ) : null}
        </DetailField>
        <DetailField term="Amount">
          {formatAmount(tx.amount, tx.currency) ? (
            <span className="font-medium tabular-nums">{formatAmount(tx.amount, tx.currency)}</span>
          ) : null}
        </DetailField>
        <DetailField term="SLA due">
          <SlaValue tx={tx} />
        </DetailField>
        <DetailField term="Sender">
          <PartyValue party={tx.sender} />
        </DetailField>
        <DetailField term="Receiver">
          <PartyValue party={tx.receiver} />
        </DetailField>
        <DetailField term="Direction">
          {tx.direction ? (tx.direction === "inbound" ? "Inbound" : "Outbound") : null}
        </DetailField>
        <DetailField term="Channels">
          {tx.inChannel || tx.outChannel ? (
            <span>
              {channels[0]} <span className="text-[var(--muted)]">→</span> {channels[1]}
            </span>
          ) : null}
        </DetailField>
        <DetailField term="Format">{tx.format ? FORMAT_LABEL[tx.format] : null}</DetailField>
        <DetailField term="Service profile">{tx.serviceProfile}</DetailField>
        <DetailField term="Business status">
          {tx.businessStatus ? BUSINESS_STATUS_LABEL[tx.businessStatus] : null}
        </DetailField>
        <DetailField term="Received">
          <DateTime iso={tx.receivedAt} mode="absolute" />
        </DetailField>
        <DetailField term="Delivered">
          {tx.deliveredAt ? <DateTime iso={tx.deliveredAt} mode="absolute" /> : null}
        </DetailField>
        <DetailField term="Last update">
          <DateTime iso={tx.updatedAt} />
        </DetailField>
      </dl>
    </section>
  );
}
