"use client";

import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { BUSINESS_STATUS_LABEL, CHANNEL_LABEL, ERROR_TYPE_LABEL, FORMAT_LABEL } from "@/lib/domain/labels";
import type { Transaction } from "@/lib/domain/transaction";
import { DetailField, PartyValue } from "./detail-field";
import { FilterLink, useEntityHref } from "./filter-link";
import { formatAmount } from "./detail-format";
import { SlaValue } from "./detail-sla";

/**
 * The facts of a transaction as a definition grid: three columns on wide screens, one on a phone.
 * Parties, channels, service profile and error type link to the list filtered on them.
 */
export function DetailSummary({ tx }: { tx: Transaction }) {
  const href = useEntityHref();
  const channel = (field: "inChannel" | "outChannel") => {
    const value = tx[field];
    if (!value) return "—";
    const what = `${field === "inChannel" ? "in" : "out"} channel ${CHANNEL_LABEL[value]}`;
    return (
      <FilterLink href={href(field, value)} what={what}>
        {CHANNEL_LABEL[value]}
      </FilterLink>
    );
  };
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
              <FilterLink href={href("errorType", tx.errorType)} what={`error type ${ERROR_TYPE_LABEL[tx.errorType]}`}>
                {ERROR_TYPE_LABEL[tx.errorType]}
              </FilterLink>
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
          <PartyValue party={tx.sender} href={tx.sender && href("sender", tx.sender.id)} role="sender" />
        </DetailField>
        <DetailField term="Receiver">
          <PartyValue party={tx.receiver} href={tx.receiver && href("receiver", tx.receiver.id)} role="receiver" />
        </DetailField>
        <DetailField term="Partner">
          <PartyValue
            party={tx.businessPartner}
            href={tx.businessPartner && href("businessPartner", tx.businessPartner.id)}
            role="partner"
          />
        </DetailField>
        <DetailField term="Direction">
          {tx.direction ? (tx.direction === "inbound" ? "Inbound" : "Outbound") : null}
        </DetailField>
        <DetailField term="Channels">
          {tx.inChannel || tx.outChannel ? (
            <span>
              {channel("inChannel")} <span className="text-[var(--muted)]">→</span> {channel("outChannel")}
            </span>
          ) : null}
        </DetailField>
        <DetailField term="Format">{tx.format ? FORMAT_LABEL[tx.format] : null}</DetailField>
        <DetailField term="Service profile">
          {tx.serviceProfile ? (
            <FilterLink href={href("serviceProfile", tx.serviceProfile)} what={`service profile ${tx.serviceProfile}`}>
              {tx.serviceProfile}
            </FilterLink>
          ) : null}
        </DetailField>
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
