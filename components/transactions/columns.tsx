import type { ReactNode } from "react";
import type { ColumnId } from "@/lib/filters/list-params";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { TruncatedText } from "@/components/ui/truncated-text";
import type { SortField } from "@/lib/domain/enums";
import { CHANNEL_LABEL, DOCUMENT_TYPE_LABEL, FORMAT_LABEL } from "@/lib/domain/labels";
import type { Party, Transaction } from "@/lib/domain/transaction";
import type { EntityHref, EntityKey } from "@/lib/filters/entity-links";
import { FilterLink } from "./filter-link";

/** What a cell needs to link a value to the list filtered on it. */
export interface CellLinks {
  href: EntityHref;
  /** The row's place in the roving focus: 0 in the active row, else -1. */
  tabIndex: number;
}

export interface Column {
  id: ColumnId;
  label: string;
  sortField?: SortField;
  /** How the sort orders beyond the column's own values, said in the header ("by currency"). */
  sortNote?: string;
  /** Numbers line up on the right. */
  numeric?: boolean;
  /** Cannot be hidden: it carries the row's link. */
  required?: boolean;
  cell: (t: Transaction, links: CellLinks) => ReactNode;
}

const dash = <span className="text-[var(--muted)]">—</span>;

const PARTY_WORD: Record<"sender" | "receiver" | "businessPartner", string> = {
  sender: "sender",
  receiver: "receiver",
  businessPartner: "partner",
};

function PartyCell({ party, field, links }: { party: Party | null; field: keyof typeof PARTY_WORD; links: CellLinks }) {
  if (!party) return dash;
  return (
    <span className="block max-w-56" title={`${party.name} (${party.id})`}>
      <TruncatedText text={party.name} full={`${party.name} (${party.id})`}>
        {(describedBy) => (
          <FilterLink
            href={links.href(field, party.id)}
            what={`${PARTY_WORD[field]} ${party.name}`}
            title={`${party.name} (${party.id})`}
            tabIndex={links.tabIndex}
            describedBy={describedBy}
          >
            {party.name}
          </FilterLink>
        )}
      </TruncatedText>
      <span className="block truncate font-mono text-xs text-[var(--muted)] group-data-[density=compact]/table:hidden">
        {party.id}
      </span>
    </span>
  );
}

function ChannelLink({
  channel,
  field,
  links,
}: {
  channel: Transaction["inChannel"];
  field: Extract<EntityKey, "inChannel" | "outChannel">;
  links: CellLinks;
}) {
  if (!channel) return "—";
  const label = CHANNEL_LABEL[channel];
  const what = `${field === "inChannel" ? "in" : "out"} channel ${label}`;
  return (
    <FilterLink href={links.href(field, channel)} what={what} tabIndex={links.tabIndex}>
      {label}
    </FilterLink>
  );
}

/** Relative time, and below it (unless the table is compact) the absolute time with its zone. */
function TimeCell({ iso }: { iso: string }) {
  return (
    <span className="block">
      <DateTime iso={iso} />
      <span className="block text-xs text-[var(--muted)] group-data-[density=compact]/table:hidden">
        <DateTime iso={iso} mode="absolute" />
      </span>
    </span>
  );
}

/** "€1,234.50" in its currency, or "1,234.50" for an amount without one. */
export const formatAmount = (amount: number, currency: string | null) =>
  currency
    ? new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(amount)
    : new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2 }).format(amount);

export const COLUMNS: Column[] = [
  {
    id: "status",
    label: "Status",
    sortField: "status",
    cell: (t) => <StatusBadge status={t.status} overdue={t.overdue} />,
  },
  { id: "documentType", label: "Type", cell: (t) => (t.documentType ? DOCUMENT_TYPE_LABEL[t.documentType] : dash) },
  {
    id: "documentNumber",
    label: "Document",
    sortField: "documentNumber",
    required: true,
    cell: (t) => t.documentNumber ?? t.id.slice(0, 12),
  },
  { id: "sender", label: "Sender", cell: (t, l) => <PartyCell party={t.sender} field="sender" links={l} /> },
  { id: "receiver", label: "Receiver", cell: (t, l) => <PartyCell party={t.receiver} field="receiver" links={l} /> },
  {
    id: "partner",
    label: "Partner",
    cell: (t, l) => <PartyCell party={t.businessPartner} field="businessPartner" links={l} />,
  },
  {
    id: "channels",
    label: "Channels",
    cell: (t, l) => (
      <span className="whitespace-nowrap">
        <ChannelLink channel={t.inChannel} field="inChannel" links={l} />
        <span aria-label=" to " className="px-1 text-[var(--muted)]">
          →
        </span>
        <ChannelLink channel={t.outChannel} field="outChannel" links={l} />
      </span>
    ),
  },
  { id: "format", label: "Format", cell: (t) => (t.format ? FORMAT_LABEL[t.format] : dash) },
  {
    id: "amount",
    label: "Amount",
    sortField: "amount",
    // The store sorts amounts within their currency (store/filter-sql.ts, SORT_GROUPS).
    sortNote: "by currency",
    numeric: true,
    cell: (t) => (t.amount === null ? dash : formatAmount(t.amount, t.currency)),
  },
  { id: "receivedAt", label: "Received", sortField: "receivedAt", cell: (t) => <TimeCell iso={t.receivedAt} /> },
  { id: "updatedAt", label: "Updated", sortField: "updatedAt", cell: (t) => <TimeCell iso={t.updatedAt} /> },
];
