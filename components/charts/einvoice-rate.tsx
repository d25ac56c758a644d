"use client";

import { DataLink } from "./data-link";
import type { Channel } from "@/lib/domain/enums";
import type { BreakdownRow } from "@/lib/domain/stats";
import { formatCount, formatShare } from "./format";

/** Channels that are not electronic delivery: the e-invoice rate is the share delivered otherwise. */
const PAPERLIKE: readonly Channel[] = ["email", "print"];

export interface EInvoiceSplit {
  electronic: { count: number; channels: string[] };
  email: number;
  print: number;
  delivered: number;
}

/** Delivered transactions by kind of out channel, from the out-channel breakdown. */
export function eInvoiceSplit(outChannels: BreakdownRow[]): EInvoiceSplit {
  const delivered = (key: string) => outChannels.find((r) => r.key === key)?.byStatus.delivered ?? 0;
  const electronic = outChannels.filter(
    (r) => !PAPERLIKE.includes(r.key as Channel) && (r.byStatus.delivered ?? 0) > 0,
  );
  const count = electronic.reduce((a, r) => a + (r.byStatus.delivered ?? 0), 0);
  return {
    electronic: { count, channels: electronic.map((r) => r.key) },
    email: delivered("email"),
    print: delivered("print"),
    delivered: count + delivered("email") + delivered("print"),
  };
}

function Count({ href, count, label }: { href: string | null; count: number; label: string }) {
  const text = `${formatCount(count)} ${label}`;
  if (!href || count === 0) return <span className="tabular-nums">{text}</span>;
  return (
    <DataLink
      href={href}
      data-count={count}
      className="tabular-nums text-[var(--accent)] hover:underline focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
    >
      {text}
    </DataLink>
  );
}

/** "E-invoice rate 87%": the share of delivered documents sent electronically rather than by e-mail or print. */
export function EInvoiceRate({
  split,
  hrefFor,
}: {
  split: EInvoiceSplit;
  hrefFor: (channels: string[]) => string | null;
}) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-xs text-[var(--muted)]">
      <p>
        <span className="text-[var(--foreground)]">E-invoice rate </span>
        <strong className="text-lg font-semibold text-[var(--foreground)] tabular-nums" data-testid="einvoice-rate">
          {formatShare(split.electronic.count, split.delivered)}
        </strong>
      </p>
      <p className="flex flex-wrap gap-x-2">
        <Count
          href={split.electronic.channels.length ? hrefFor(split.electronic.channels) : null}
          count={split.electronic.count}
          label="electronic"
        />
        <span aria-hidden>·</span>
        <Count href={hrefFor(["email"])} count={split.email} label="e-mail" />
        <span aria-hidden>·</span>
        <Count href={hrefFor(["print"])} count={split.print} label="print" />
      </p>
    </div>
  );
}
